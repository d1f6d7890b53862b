package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-survey}: what it says when the options or the file are wrong, and that it then stores nothing. */
@SlowTest
class ImportSurveyCommandTest {
    @TempDir
    Path library;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private JourneyMap map;

    @BeforeEach
    void project() {
        map = SampleMaps.airline("aurora");
        try (H2Library opened = NewLibraries.open(library)) {
            opened.create(map);
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--library";
        all[args.length + 1] = library.toString();
        return StudioCommandLine.standard().execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aSegmentColumnTheFileLacksIsAUsageErrorThatNamesTheColumns() throws Exception {
        assertThat(run("import-survey", fixture("google-forms.csv"), "--project", "aurora", "--segment", "Cabin"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("No column 'Cabin' in google-forms.csv; its columns are 'Timestamp'")
                .contains("'Travel class'").doesNotContain("Exception");
        assertNothingStored();
    }

    @Test
    void anUnknownProjectIsAUsageError() throws Exception {
        assertThat(run("import-survey", fixture("google-forms.csv"), "--project", "Nope", "--segment", "Travel class"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("No project called 'Nope'");
    }

    @Test
    void unreadableRowsFailWithFileAndLineUnlessSkipped() throws Exception {
        String file = fixture("bad-rows.csv");
        assertThat(run("import-survey", file, "--project", "aurora", "--segment", "Segment", "--scale", "0-10"))
                .isEqualTo(1);
        assertThat(err.toString()).contains(file + ":5: has 3 fields but the header has 4")
                .doesNotContain("Exception");
        assertNothingStored();

        assertThat(run("import-survey", file, "--project", "aurora", "--segment", "Segment", "--scale", "0-10",
                "--skip-bad-rows")).isZero();
        // "Food" holds the text "lots", so only "Service" is a rating column and only Cy's short row is unreadable.
        assertThat(out.toString()).contains("Imported 4 respondents from bad-rows.csv", "1 touchpoint rated",
                "; 1 unreadable row left out.");
    }

    @Test
    void anyHeaderRowsTextNamesTheSegmentAndRatingColumns() throws Exception {
        String file = Path.of(getClass().getResource("/surveys/limesurvey-vv.csv").toURI()).toString();

        assertThat(run("import-survey", file, "--project", "aurora", "--segment", "G01Q01",
                "--rating", "G01Q02_SQ001", "--rating", "Please rate each part of your visit [Checkout]"))
                .as(err.toString()).isZero();
        assertThat(run("import-survey", file, "--project", "aurora", "--segment", "Which shop did you visit?",
                "--ratings", "Parking,Checkout")).as(err.toString()).isZero();

        try (H2Library opened = NewLibraries.open(library)) {
            assertThat(opened.surveyResponses().imports("aurora")).hasSize(2).allSatisfy(i -> {
                assertThat(i.header().segmentColumns().get(0)).isEqualTo("Which shop did you visit?");
                assertThat(i.ratingColumns()).extracting(c -> c.name()).containsExactly("Parking", "Checkout");
                assertThat(i.respondents()).isEqualTo(15);
            });
        }
    }

    @Test
    void columnsThatMatchNoTouchpointBecomeObservedCardsInTheStageGiven() throws Exception {
        String file = Path.of(getClass().getResource("/surveys/limesurvey-vv.csv").toURI()).toString();

        assertThat(run("import-survey", file, "--project", "aurora", "--segment", "Which shop did you visit?",
                "--ratings", "Parking,Checkout", "--stage", "airport")).as(err.toString()).isZero();

        try (H2Library opened = NewLibraries.open(library)) {
            assertThat(opened.load("aurora").orElseThrow().touchpoints())
                    .filteredOn(t -> map.touchpoint(t.id()).isEmpty())
                    .extracting(t -> t.title() + " in " + t.stageId() + ", " + t.evidence())
                    .containsExactlyInAnyOrder("Parking in st-airport, OBSERVED", "Checkout in st-airport, OBSERVED");
        }
        assertThat(run("import-survey", file, "--project", "aurora", "--segment", "Which shop did you visit?",
                "--ratings", "Parking", "--stage", "Lounge")).isEqualTo(2);
        assertThat(err.toString()).contains("No stage called 'Lounge'");
    }

    private void assertNothingStored() {
        try (H2Library opened = NewLibraries.open(library)) {
            assertThat(opened.surveyResponses().imports("aurora")).isEmpty();
            assertThat(opened.load("aurora")).contains(map);
        }
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(ImportSurveyCommandTest.class.getResource("/org/journeystudio/survey/" + name).toURI()).toString();
    }
}
