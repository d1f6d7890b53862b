package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.journeystudio.compare.RatingSpread;
import org.journeystudio.compare.RatingSpreads;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.ratings.SurveyImportDraft;
import org.journeystudio.store.H2Library;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answers behind a project's survey-imported ratings, as the compare view and command show them. */
@SlowTest
class LibraryRatingSpreadsTest {
    @TempDir
    Path folder;

    @Test
    void anImportedRatingHasItsAnswersAndIntervalUntilItIsTypedOver() throws Exception {
        try (H2Library library = NewLibraries.open(folder)) {
            JourneyMap rated = imported(library);
            Touchpoint booking = rated.touchpoints().stream().filter(t -> t.title().equals("Booking")).findFirst()
                    .orElseThrow();
            Segment business = rated.segments().stream().filter(s -> s.name().equals("Business")).findFirst()
                    .orElseThrow();
            double mean = booking.satisfaction().get(business.id());

            RatingSpread spread = LibraryRatingSpreads.of(library, rated).of(booking.id(), business.id()).orElseThrow();

            assertThat(spread.n()).isEqualTo(3); // 5, 4, 5
            assertThat(spread.ciLow()).isLessThan(mean);
            assertThat(spread.ciHigh()).isGreaterThan(mean).isLessThanOrEqualTo(rated.scale().max());

            JourneyMap typedOver = SetTouchpointField.of(rated, booking.id(), TouchpointField.satisfaction(business.id()),
                    2.0).apply(rated);
            assertThat(LibraryRatingSpreads.of(library, typedOver).of(booking.id(), business.id())).isEmpty();
        }
    }

    @Test
    void ratingsNobodyImportedHaveNone() {
        try (H2Library library = NewLibraries.open(folder)) {
            JourneyMap map = SampleMaps.airline("aurora");
            library.create(map);

            RatingSpreads spreads = LibraryRatingSpreads.of(library, map);

            assertThat(spreads).isSameAs(RatingSpreads.NONE);
        }
    }

    /** The airline map with the Google Forms fixture imported by travel class, as the wizard does it. */
    private static JourneyMap imported(H2Library library) throws Exception {
        library.create(SampleMaps.airline("aurora"));
        SurveyImportDraft draft = SurveyImportDraft.read(ImportSurveyIntoProjectTest.fixture("google-forms.csv"),
                library.load("aurora").orElseThrow());
        draft.segment("Travel class");
        ImportSurveyIntoProject.Request request = new ImportSurveyIntoProject.Request(
                draft.planWithLabelsAsFound(() -> false), draft.touchpointIds(), draft.places(), false, false);
        return new ImportSurveyIntoProject(library, Clock.systemUTC()).importInto("aurora", request, n -> { }, () -> false);
    }
}
