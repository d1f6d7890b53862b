package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.ratings.NewTouchpointPlace;
import org.journeystudio.ratings.SurveyImportDraft;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.RatingSource;
import org.journeystudio.store.VersionInfo;
import org.journeystudio.survey.SurveyException;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The survey import use case on a real library, without any UI: what is stored, and that a failure stores nothing. */
@SlowTest
class ImportSurveyIntoProjectTest {
    @TempDir
    Path folder;

    @Test
    void importIntoStoresTheRespondentsAndWritesTheMeansAndTheirOriginIntoTheProject() throws Exception {
        try (H2Library library = NewLibraries.open(folder)) {
            library.create(SampleMaps.airline("aurora"));
            SurveyImportDraft draft = SurveyImportDraft.read(fixture("google-forms.csv"), library.load("aurora").orElseThrow());
            draft.segment("Travel class");
            ImportSurveyIntoProject.Request request = new ImportSurveyIntoProject.Request(
                    draft.planWithLabelsAsFound(() -> false),
                    draft.touchpointIds(), draft.places(), false, false);

            JourneyMap rated = new ImportSurveyIntoProject(library, Clock.systemUTC())
                    .importInto("aurora", request, n -> { }, () -> false);

            JourneyMap stored = library.load("aurora").orElseThrow();
            // The library stamps the save with its own clock: the project is listed as modified now.
            assertThat(stored.withTimes(stored.created(), rated.modified())).isEqualTo(rated);
            assertThat(stored.modified()).isAfter(rated.modified());
            Segment business = stored.segments().stream().filter(s -> s.name().equals("Business")).findFirst().orElseThrow();
            Touchpoint booking = card(stored, "Booking");
            assertThat(booking.satisfaction()).containsEntry(business.id(), 4.67);      // 5, 4, 5
            assertThat(booking.evidence()).as("rated by respondents").isEqualTo(Evidence.OBSERVED);
            assertThat(card(stored, "Meals").evidence()).as("not in the survey").isEqualTo(Evidence.ASSUMED);
            assertThat(library.surveyResponses().imports("aurora")).singleElement()
                    .satisfies(i -> assertThat(i.respondents()).isEqualTo(7));
            assertThat(library.surveyResponses().origins("aurora"))
                    .anyMatch(o -> o.touchpointId().equals(booking.id()) && o.segmentId().equals(business.id())
                            && o.source() == RatingSource.IMPORTED);
            // The map as it was before the import is kept as an automatic version.
            VersionInfo before = library.versions().orElseThrow().list("aurora").get(0);
            assertThat(before.name()).isEqualTo(SaveVersion.BEFORE_SURVEY_IMPORT);
            assertThat(before.automatic()).isTrue();
            assertThat(library.versions().orElseThrow().load("aurora", before.id()))
                    .contains(SampleMaps.airline("aurora"));
        }
    }

    @Test
    void whenTheRatingsCannotBeWrittenTheStoredRespondentsAreRemovedAgain() throws Exception {
        try (H2Library library = NewLibraries.open(folder)) {
            JourneyMap map = SampleMaps.airline("aurora");
            library.create(map);
            SurveyImportDraft draft = SurveyImportDraft.read(fixture("google-forms.csv"), map);
            draft.segment("Travel class");
            List<String> ids = draft.touchpointIds().stream().map(id -> "tp-not-on-the-map-" + id).toList();
            // New cards asked for in a stage the map does not have: the map edit fails after the respondents are in.
            ImportSurveyIntoProject.Request request = new ImportSurveyIntoProject.Request(
                    draft.planWithLabelsAsFound(() -> false), ids,
                    ids.stream().map(id -> new NewTouchpointPlace("st-nowhere", SampleMaps.TOUCHPOINTS)).toList(),
                    false, false);

            assertThatThrownBy(() -> new ImportSurveyIntoProject(library, Clock.systemUTC())
                    .importInto("aurora", request, n -> { }, () -> false)).isInstanceOf(RuntimeException.class);

            assertThat(library.surveyResponses().imports("aurora")).isEmpty();
            assertThat(library.surveyResponses().origins("aurora")).isEmpty();
            assertThat(library.load("aurora").orElseThrow()).isEqualTo(map);
            assertThat(library.versions().orElseThrow().list("aurora")).isEmpty();
        }
    }

    @Test
    void unreadableRowsRefuseTheImportWithFileAndLineAndStoreNothing() throws Exception {
        try (H2Library library = NewLibraries.open(folder)) {
            JourneyMap map = SampleMaps.airline("aurora");
            library.create(map);
            Path file = fixture("bad-rows.csv");
            SurveyImportDraft draft = SurveyImportDraft.read(file, map);
            draft.segment("Segment");
            ImportSurveyIntoProject.Request request = new ImportSurveyIntoProject.Request(
                    draft.planWithLabelsAsFound(() -> false),
                    draft.touchpointIds(), draft.places(), false, false);

            assertThatThrownBy(() -> new ImportSurveyIntoProject(library, Clock.systemUTC())
                    .importInto("aurora", request, n -> { }, () -> false))
                    .isInstanceOf(SurveyException.class).hasMessageStartingWith(file + ":5: ");
            assertThat(library.surveyResponses().imports("aurora")).isEmpty();
            assertThat(library.load("aurora").orElseThrow()).isEqualTo(map);
        }
    }

    private static Touchpoint card(JourneyMap map, String title) {
        return map.touchpoints().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ImportSurveyIntoProjectTest.class.getResource("/org/journeystudio/survey/" + name).toURI());
    }
}
