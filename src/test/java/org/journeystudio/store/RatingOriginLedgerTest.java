package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.edit.command.ShowScenario;
import org.journeystudio.edit.command.SetRatingScale;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.io.TempDir;

/** Where ratings came from: typed by hand, imported; the origin follows the map's state through undo and redo. */
@SlowTest
@ParameterizedClass
@EnumSource(LibraryKind.class)
class RatingOriginLedgerTest {
    @Parameter
    LibraryKind kind;
    LibraryKind.Place place;

    private static final Instant IMPORTED_AT = Instant.parse("2026-11-20T09:30:00Z");
    private static final Instant TYPED_AT = Instant.parse("2026-11-23T14:05:00Z");

    @TempDir
    Path folder;

    @BeforeEach
    void newPlace() {
        place = kind.newPlace(folder);
    }

    private final MutableClock clock = new MutableClock(TYPED_AT);

    @Test
    void aRatingTypedByHandIsManualUntilUndoneThenImportedAgainAndRedoKeepsItsFirstTime() {
        try (JdbcLibrary library = place.open()) {
            JourneyMap map = SampleMaps.rich("map-1");
            library.create(map);
            RatingOrigin imported = recordImportedOrigin(library);

            Document document = new Document(map);
            RatingOriginLedger ledger = RatingOriginLedger.stored(map, library.surveyResponses(), clock);
            document.addListener(ledger);
            assertThat(ledger.describe("tp-9", "seg-z", ZoneOffset.UTC))
                    .hasValue("imported from survey.csv · 20 Nov 2026 09:30");

            ledger.typedByHand(() -> document.execute(rate(document, "seg-z", 2.0)));
            RatingOrigin typed = new RatingOrigin("tp-9", "seg-z", RatingSource.MANUAL, TYPED_AT, null);
            assertThat(library.surveyResponses().origins("map-1")).containsExactly(typed);
            assertThat(ledger.describe("tp-9", "seg-z", ZoneOffset.UTC)).hasValue("typed by hand · 23 Nov 2026 14:05");

            document.undo();
            assertThat(library.surveyResponses().origins("map-1")).containsExactly(imported);

            clock.now = TYPED_AT.plusSeconds(3600);
            document.redo();
            assertThat(library.surveyResponses().origins("map-1")).containsExactly(typed);
        }
    }

    @Test
    void aNewScenariosCopiesTakeTheirOriginalsOriginsAndSwitchingScenarioForgetsNone() {
        try (JdbcLibrary library = place.open()) {
            JourneyMap map = SampleMaps.rich("map-1");
            library.create(map);
            RatingOrigin imported = recordImportedOrigin(library);
            Document document = new Document(map);
            RatingOriginLedger ledger = RatingOriginLedger.stored(map, library.surveyResponses(), clock);
            document.addListener(ledger);

            AtomicInteger ids = new AtomicInteger();
            document.execute(AddScenario.copying(map, "as-is", "To-be", () -> "copy-" + ids.incrementAndGet()));
            String copy = document.map().touchpoints().stream().filter(t -> t.origin().equals("tp-9"))
                    .findFirst().orElseThrow().id();
            assertThat(ledger.describe(copy, "seg-z", ZoneOffset.UTC))
                    .hasValue("imported from survey.csv · 20 Nov 2026 09:30");

            document.execute(ShowScenario.of(document.map(), "as-is"));

            assertThat(library.surveyResponses().origins("map-1")).extracting(RatingOrigin::touchpointId)
                    .containsExactlyInAnyOrder("tp-9", copy);
            assertThat(ledger.origin("tp-9", "seg-z")).contains(imported);
        }
    }

    @Test
    void aRatingWithoutOriginLosesTheManualOneOnUndoAndAClearedRatingLosesItsOrigin() {
        try (JdbcLibrary library = place.open()) {
            JourneyMap map = SampleMaps.rich("map-1");
            library.create(map);
            Document document = new Document(map);
            RatingOriginLedger ledger = RatingOriginLedger.stored(map, library.surveyResponses(), clock);
            document.addListener(ledger);

            ledger.typedByHand(() -> document.execute(rate(document, "seg-a", 5.0)));
            assertThat(library.surveyResponses().origins("map-1")).extracting(RatingOrigin::source)
                    .containsExactly(RatingSource.MANUAL);
            document.undo(); // back to the template's rating, whose origin nobody knows
            assertThat(library.surveyResponses().origins("map-1")).isEmpty();
            assertThat(ledger.origin("tp-9", "seg-a")).isEmpty();

            document.redo();
            ledger.typedByHand(() -> document.execute(rate(document, "seg-a", null)));
            assertThat(library.surveyResponses().origins("map-1")).isEmpty();
            document.undo();
            assertThat(library.surveyResponses().origins("map-1")).extracting(RatingOrigin::segmentId)
                    .containsExactly("seg-a");
        }
    }

    @Test
    void ratingsAWorkshopWritesAreLiveAndUndoTakesThatBack() {
        try (JdbcLibrary library = place.open()) {
            JourneyMap map = SampleMaps.rich("map-1");
            library.create(map);
            Document document = new Document(map);
            RatingOriginLedger ledger = RatingOriginLedger.stored(map, library.surveyResponses(), clock);
            document.addListener(ledger);

            ledger.setBy(RatingSource.LIVE, () -> document.execute(rate(document, "seg-a", 3.5)));

            assertThat(library.surveyResponses().origins("map-1"))
                    .containsExactly(new RatingOrigin("tp-9", "seg-a", RatingSource.LIVE, TYPED_AT, null));
            assertThat(ledger.describe("tp-9", "seg-a", ZoneOffset.UTC)).hasValue("live workshop · 23 Nov 2026 14:05");
            document.undo();
            assertThat(library.surveyResponses().origins("map-1")).isEmpty();
        }
    }

    @Test
    void editsThatAreNotTypingKeepTheOriginAndAReopenedLedgerReadsItBack() {
        try (JdbcLibrary library = place.open()) {
            JourneyMap map = SampleMaps.rich("map-1");
            library.create(map);
            Document document = new Document(map);
            RatingOriginLedger ledger = RatingOriginLedger.stored(map, library.surveyResponses(), clock);
            document.addListener(ledger);
            ledger.typedByHand(() -> document.execute(rate(document, "seg-m", 4.0)));

            // Not typing: a rescale changes the value but the rating still comes from the same hand.
            document.execute(SetRatingScale.rescaling(RatingScale.ZERO_TO_TEN));
            document.execute(rate(document, "seg-z", 1.0));
            assertThat(library.surveyResponses().origins("map-1")).containsExactly(
                    new RatingOrigin("tp-9", "seg-m", RatingSource.MANUAL, TYPED_AT, null));

            RatingOriginLedger reopened = RatingOriginLedger.stored(document.map(), library.surveyResponses(), clock);
            assertThat(reopened.describe("tp-9", "seg-m", ZoneId.of("Europe/Berlin")))
                    .hasValue("typed by hand · 23 Nov 2026 15:05");
            assertThat(reopened.origin("tp-9", "seg-z")).isEmpty();
        }
    }

    @Test
    void anInMemoryLedgerDescribesWithoutALibrary() {
        JourneyMap map = SampleMaps.rich("map-1");
        Document document = new Document(map);
        RatingOriginLedger ledger = RatingOriginLedger.inMemory(map, clock);
        document.addListener(ledger);
        ledger.typedByHand(() -> document.execute(rate(document, "seg-z", 3.0)));
        assertThat(ledger.describe("tp-9", "seg-z", ZoneOffset.UTC)).hasValue("typed by hand · 23 Nov 2026 14:05");
        ledger.recorded(document.map(), List.of(new RatingOrigin("tp-9", "seg-z", RatingSource.LIVE, IMPORTED_AT, null)));
        assertThat(ledger.describe("tp-9", "seg-z", ZoneOffset.UTC)).hasValue("live workshop · 20 Nov 2026 09:30");
    }

    private static SetTouchpointField<Double> rate(Document document, String segmentId, Double rating) {
        return SetTouchpointField.of(document.map(), "tp-9", TouchpointField.satisfaction(segmentId), rating);
    }

    /** Tp-9's rating by seg-z as imported from one stored survey import, recorded in the library. */
    private static RatingOrigin recordImportedOrigin(JdbcLibrary library) {
        RatingOrigin imported = new RatingOrigin("tp-9", "seg-z", RatingSource.IMPORTED, IMPORTED_AT,
                importOne(library));
        library.surveyResponses().recordOrigins("map-1", List.of(imported));
        return imported;
    }

    private static long importOne(JdbcLibrary library) {
        ResponseImport header = new ResponseImport("map-1", "survey.csv", IMPORTED_AT, "spreadsheet",
                RatingSource.IMPORTED, List.of("Class"),
                List.of(new ResponseImport.RatedColumn("Booking", AnswerScale.of(RatingScale.ONE_TO_FIVE), "tp-9")));
        return library.surveyResponses().importResponses(header, sink -> {
            sink.accept(2, new String[] {"Business"}, new int[] {3}); // point 3: a 4 on 1-5
            sink.skipped(0);
        });
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
