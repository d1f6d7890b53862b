package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ratings.NewTouchpointPlace;
import org.journeystudio.ratings.SegmentLabelRow;
import org.journeystudio.ratings.SurveyImported;
import org.journeystudio.store.H2Library;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.usecase.SurveyImportWizard.Step;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's steps, choices and messages, driven without a window on the fixtures and a real library. */
@FastTest
class SurveyImportWizardTest {
    @TempDir
    Path folder;

    private H2Library library;
    private SurveyImportWizard wizard;

    @BeforeEach
    void open() {
        library = NewLibraries.open(folder);
        JourneyMap map = SampleMaps.airline("aurora");
        library.create(map);
        wizard = new SurveyImportWizard(new ImportSurveyIntoProject(library, Clock.systemUTC()), map);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void startsOnTheFilePageWithNothingToGoOnWith() {
        assertThat(wizard.step()).isEqualTo(Step.CHOOSE_FILE);
        assertThat(wizard.step().title()).isEqualTo("1 · Choose a survey export");
        assertThat(wizard.canGoNext()).isFalse();
        assertThat(wizard.canGoBack()).isFalse();
        assertThat(wizard.next()).isEmpty();
        assertThat(wizard.stageChoices()).extracting(org.journeystudio.model.Stage::name)
                .containsExactly("Book", "Airport", "Flight", "Arrive");
    }

    @Test
    void readingAFileIsWorkThatFillsTheFilePageAndTheDefaults() throws Exception {
        StepWork<?> reading = wizard.read(fixture("google-forms.csv"));
        assertThat(reading.title()).isEqualTo("Reading google-forms.csv…");
        assertThat(wizard.working()).isTrue();
        assertThat(wizard.canGoNext()).as("not while reading").isFalse();

        finish(reading);

        assertThat(wizard.working()).isFalse();
        assertThat(wizard.fileName()).isEqualTo("google-forms.csv");
        assertThat(wizard.formatFacts()).contains("delimiter comma", "layout Google Forms", "8 columns");
        assertThat(wizard.preview(20)).hasSize(7);
        assertThat(wizard.segment()).isEqualTo("Travel class");
        assertThat(wizard.secondSegmentChoices()).startsWith(SurveyImportWizard.NO_SECOND).contains("Customer type");
        assertThat(wizard.ratingPicks()).filteredOn(p -> p.used()).hasSize(3);
        assertThat(wizard.canGoNext()).isTrue();
    }

    @Test
    void nextAndBackMoveBetweenThePagesWithoutWorkUntilTheScan() throws Exception {
        finish(wizard.read(fixture("google-forms.csv")));
        assertThat(wizard.next()).isEmpty();
        assertThat(wizard.step()).isEqualTo(Step.COLUMNS);
        assertThat(wizard.canGoBack()).isTrue();
        wizard.back();
        assertThat(wizard.step()).isEqualTo(Step.CHOOSE_FILE);
        wizard.next();

        StepWork<?> scan = wizard.next().orElseThrow();
        assertThat(scan.title()).isEqualTo("Reading the whole file…");
        assertThat(wizard.step()).as("the columns page stays while the file is read").isEqualTo(Step.COLUMNS);
        assertThat(wizard.canGoBack()).isFalse();
        finish(scan);

        assertThat(wizard.step()).isEqualTo(Step.CHECK);
        assertThat(wizard.nextLabel()).isEqualTo("Import");
        assertThat(wizard.badRowsTitle()).isEqualTo("Every row can be read (7 rows).");
        assertThat(wizard.badRowLines()).isEmpty();
        assertThat(wizard.labelRows()).extracting(SegmentLabelRow::spellingsText)
                .contains("\"Business\" ×1, \"business\" ×1, \"BUSINESS \" ×1 → Business");
        wizard.back();
        assertThat(wizard.step()).isEqualTo(Step.COLUMNS);
    }

    @Test
    void textRatingsGoThroughTheScalesPageWhichWaitsForAnUnknownScaleToBeOrdered() throws Exception {
        finish(wizard.read(Path.of(getClass().getResource("/surveys/custom-scale.csv").toURI())));
        wizard.next();
        wizard.segment("Device");
        assertThat(wizard.ratingPicks()).filteredOn(p -> p.mayBeTextScale()).extracting(p -> p.column().name())
                .contains("Checkout speed", "Page loading", "Delivery speed");
        wizard.ratingPicks().forEach(p -> p.use(!p.column().name().equals("Device")));

        assertThat(wizard.next()).as("no work: the scales come from the rows read").isEmpty();
        assertThat(wizard.step()).isEqualTo(Step.SCALES);
        assertThat(wizard.step().title()).isEqualTo("3 · Order the answer scales");
        assertThat(wizard.countsNote()).isEqualTo("Counts from all 14 rows.");
        assertThat(wizard.canGoNext()).isFalse();
        assertThat(wizard.textScales().problem()).contains("in order, lowest first");

        wizard.textScales().scales().get(0).confirm(true);
        finish(wizard.next().orElseThrow());
        assertThat(wizard.step()).isEqualTo(Step.CHECK);
        assertThat(wizard.step().title()).startsWith("4 ·");
        wizard.back();
        assertThat(wizard.step()).isEqualTo(Step.SCALES);
        assertThat(wizard.textScales().scales().get(0).confirmed()).as("kept").isTrue();
        wizard.back();
        wizard.next();
        assertThat(wizard.textScales().scales().get(0).confirmed()).as("the same scales: kept").isTrue();
    }

    @Test
    void numericRatingsSkipTheScalesPageBothWays() throws Exception {
        finish(wizard.read(fixture("google-forms.csv")));
        wizard.next();
        finish(wizard.next().orElseThrow());
        assertThat(wizard.step()).isEqualTo(Step.CHECK);
        assertThat(wizard.textScales()).isNull();
        wizard.back();
        assertThat(wizard.step()).isEqualTo(Step.COLUMNS);
    }

    @Test
    void choicesThatCannotBeImportedSayWhyAndStayOnThePage() throws Exception {
        finish(wizard.read(fixture("google-forms.csv")));
        wizard.next();
        wizard.secondSegment("Travel class");
        assertThat(wizard.next()).isEmpty();
        assertThat(wizard.problem()).isEqualTo("The two segment columns are the same column.");
        assertThat(wizard.step()).isEqualTo(Step.COLUMNS);

        wizard.secondSegment(SurveyImportWizard.NO_SECOND);
        wizard.ratingPicks().forEach(p -> p.use(false));
        assertThat(wizard.next()).isEmpty();
        assertThat(wizard.problem()).isEqualTo("Tick at least one rating column.");

        wizard.ratingPicks().stream().filter(p -> p.column().name().contains("Booking")).forEach(p -> p.use(true));
        wizard.notApplicable("0, N/A, skip");
        assertThat(wizard.next()).isPresent();
        assertThat(wizard.problem()).isEmpty();
    }

    @Test
    void unreadableRowsAreListedAndTheImportWaitsUntilTheyAreSkipped() throws Exception {
        finish(wizard.read(fixture("bad-rows.csv")));
        wizard.next();
        wizard.scale("0-10");
        wizard.ratingPicks().stream().filter(p -> p.column().name().equals("Food")).forEach(p -> p.use(true));
        // "lots" among Food's numbers is a bad answer, not a text scale: no scales page.
        finish(wizard.next().orElseThrow());
        assertThat(wizard.step()).isEqualTo(Step.CHECK);

        assertThat(wizard.badRowsTitle()).isEqualTo("2 of 5 rows cannot be read:");
        assertThat(wizard.badRowLines()).containsExactly("line 5: has 3 fields but the header has 4",
                "line 6: column 'Food': 'lots' is not an answer on the 0-10 scale");
        assertThat(wizard.next()).isEmpty();
        assertThat(wizard.problem()).isEqualTo("Tick \"Skip these rows\" to import the rest, or Cancel.");

        wizard.skipBadRows(true);
        finish(wizard.next().orElseThrow());
        assertThat(library.surveyResponses().imports("aurora")).singleElement()
                .satisfies(i -> assertThat(i.skippedRows()).isEqualTo(2));
    }

    @Test
    void importingStoresTheRespondentsWithTheLabelsAsRenamedAndReportsProgress() throws Exception {
        finish(wizard.read(fixture("google-forms.csv")));
        wizard.next();
        finish(wizard.next().orElseThrow());
        // Premium travellers are counted with Business from now on: the same name merges two labels.
        wizard.labelRows().stream().filter(r -> r.shown().equals("Premium")).forEach(r -> r.rename("Business"));

        StepWork<?> importing = wizard.next().orElseThrow();
        assertThat(wizard.step()).isEqualTo(Step.IMPORTING);
        assertThat(wizard.canGoNext()).isFalse();
        List<String> reports = new ArrayList<>();
        finish(importing, reports);

        assertThat(reports).last().isEqualTo("7 of 7: Imported 7 of 7 rows…");
        SurveyImported imported = wizard.imported().orElseThrow();
        assertThat(imported.crossed()).isFalse();
        // "Rate each step [Booking]" names the stage Book; the others name none and would go to the last stage.
        assertThat(imported.places()).extracting(NewTouchpointPlace::stageId)
                .containsExactly("st-book", "st-arrive", "st-arrive");
        assertThat(library.surveyResponses().counts(imported.importId(), 0).labels())
                .containsExactlyInAnyOrder("Business", "Economy");
    }

    @Test
    void aFailedOrCancelledImportReturnsToTheCheckPageWithTheReason() throws Exception {
        finish(wizard.read(fixture("google-forms.csv")));
        wizard.next();
        finish(wizard.next().orElseThrow());
        wizard.next().orElseThrow();
        wizard.failed("The disk is full.");
        assertThat(wizard.step()).isEqualTo(Step.CHECK);
        assertThat(wizard.problem()).isEqualTo("The disk is full.");
        assertThat(wizard.working()).isFalse();

        wizard.next().orElseThrow();
        wizard.cancelled();
        assertThat(wizard.step()).isEqualTo(Step.CHECK);
        assertThat(wizard.problem()).isEqualTo("Cancelled; nothing was imported.");
        assertThat(wizard.canGoNext()).isTrue();
        assertThat(wizard.imported()).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadLeavesNothingToGoOnWithButACancelledReadKeepsTheFileBefore() throws Exception {
        finish(wizard.read(fixture("google-forms.csv")));
        wizard.read(fixture("bad-rows.csv"));
        wizard.cancelled();
        assertThat(wizard.fileName()).isEqualTo("google-forms.csv");
        assertThat(wizard.problem()).isEmpty();
        assertThat(wizard.canGoNext()).isTrue();

        wizard.read(folder.resolve("missing.csv"));
        wizard.failed("The file missing.csv does not exist.");
        assertThat(wizard.problem()).isEqualTo("The file missing.csv does not exist.");
        assertThat(wizard.canGoNext()).isFalse();
        assertThat(wizard.step()).isEqualTo(Step.CHOOSE_FILE);
    }

    private static <T> void finish(StepWork<T> work) {
        work.done(work.run(WorkProgress.NONE));
    }

    private static <T> void finish(StepWork<T> work, List<String> reports) {
        work.done(work.run(new WorkProgress() {
            @Override
            public boolean cancelled() {
                return false;
            }

            @Override
            public void report(long done, long total, String message) {
                reports.add(done + " of " + total + ": " + message);
            }
        }));
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(SurveyImportWizardTest.class.getResource("/org/journeystudio/survey/" + name).toURI());
    }
}
