package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.io.TempDir;

/** Survey responses go into the library whole or not at all, and their counts read back right. */
@SlowTest
@ParameterizedClass
@EnumSource(LibraryKind.class)
class SurveyResponsesTest {
    @Parameter
    LibraryKind kind;
    LibraryKind.Place place;

    private static final List<String> TABLES = List.of("survey_import", "survey_column", "survey_label",
            "survey_response_block", "survey_count", "rating_origin");

    private static final AnswerScale ONE_TO_FIVE = AnswerScale.parse("1-5");

    @TempDir
    Path folder;

    @BeforeEach
    void newPlace() {
        place = kind.newPlace(folder);
    }

    private static ResponseImport header(String project) {
        return new ResponseImport(project, "survey.csv", Instant.parse("2026-03-01T10:00:00Z"), "spreadsheet",
                RatingSource.IMPORTED, List.of("Class", "Type"),
                List.of(new ResponseImport.RatedColumn("Booking", ONE_TO_FIVE, "tp-1"),
                        new ResponseImport.RatedColumn("Meals", ONE_TO_FIVE, null)));
    }

    /**
     * Respondent i: class Business when i % 3 == 0, type by i % 2, Booking 1 + i % 5 (point i % 5), Meals 3
     * (point 2), or n/a when i % 4 == 0.
     */
    private static ResponseSource respondents(int count, int failAt) {
        return sink -> {
            for (int i = 0; i < count; i++) {
                if (i == failAt) {
                    throw new ImportCancelledException();
                }
                sink.accept(i + 2, new String[] {i % 3 == 0 ? "Business" : "Economy", i % 2 == 0 ? "New" : "Old"},
                        new int[] {i % 5, i % 4 == 0 ? -1 : 2});
            }
            sink.skipped(count + 2);
        };
    }

    @Test
    void anImportIsStoredWithItsCountsPerSegmentColumnAndCrossed() {
        int count = 10_000; // more than two blocks
        try (JdbcLibrary library = place.open()) {
            library.create(SampleMaps.small("map-1", 2));
            SurveyResponses responses = library.surveyResponses();
            long id = responses.importResponses(header("map-1"), respondents(count, -1));

            StoredImport stored = responses.imports("map-1").get(0);
            assertThat(stored.id()).isEqualTo(id);
            assertThat(stored.respondents()).isEqualTo(count);
            assertThat(stored.skippedRows()).isEqualTo(1);
            assertThat(stored.header()).isEqualTo(header("map-1"));

            long[] business = new long[5];
            long businessMealsN = 0;
            for (int i = 0; i < count; i += 3) {
                business[i % 5]++;
                businessMealsN += i % 4 == 0 ? 0 : 1;
            }
            ResponseCounts byClass = responses.counts(id, 0);
            assertThat(byClass.labels()).containsExactly("Business", "Economy");
            assertThat(byClass.points()).containsExactly(5, 5);
            for (int point = 0; point < 5; point++) {
                assertThat(byClass.answers(0, 0, point)).as("Business gave Booking %d", point + 1)
                        .isEqualTo(business[point]);
                assertThat(byClass.total(0, point)).isEqualTo(count / 5);
            }
            assertThat(byClass.answers(0, 1, 2)).isEqualTo(businessMealsN);
            assertThat(byClass.optedOut(0, 1)).as("an empty answer is not an opt-out").isZero();

            ResponseCounts crossed = responses.crossCounts(id, 0, 1);
            assertThat(crossed.labels()).containsExactly("Business × New", "Business × Old", "Economy × New",
                    "Economy × Old");
            long businessNewBooking1 = 0;
            for (int i = 0; i < count; i++) {
                businessNewBooking1 += i % 3 == 0 && i % 2 == 0 && i % 5 == 0 ? 1 : 0;
            }
            assertThat(crossed.answers(0, 0, 0)).isEqualTo(businessNewBooking1);
        }
    }

    @Test
    void aTextScaleAndItsOptOutsAreStoredAndReadBackPerSegmentAndCrossed() {
        AnswerScale frequency = AnswerScale.ordered(List.of("Never", "Sometimes", "Often", "Always"));
        AnswerScale slider = AnswerScale.parse("0-100");
        ResponseImport header = new ResponseImport("map-1", "text.csv", Instant.parse("2026-03-01T10:00:00Z"),
                "spreadsheet", RatingSource.IMPORTED, List.of("Class", "Type"),
                List.of(new ResponseImport.RatedColumn("Cleaning", frequency, null),
                        new ResponseImport.RatedColumn("Wifi", slider, "tp-2")));
        try (JdbcLibrary library = place.open()) {
            library.create(SampleMaps.small("map-1", 2));
            SurveyResponses responses = library.surveyResponses();
            long id = responses.importResponses(header, sink -> {
                sink.accept(2, new String[] {"Business", "New"}, new int[] {3, 100});
                sink.accept(3, new String[] {"Business", "Old"}, new int[] {ResponseSink.OPTED_OUT, 68});
                sink.accept(4, new String[] {"Economy", "New"}, new int[] {0, -1});
                sink.accept(5, new String[] {"Business", "New"}, new int[] {ResponseSink.OPTED_OUT, 0});
            });

            assertThat(responses.imports("map-1").get(0).header()).isEqualTo(header);
            ResponseCounts byClass = responses.counts(id, 0);
            assertThat(byClass.points()).containsExactly(4, 101);
            assertThat(byClass.answers(0, 0, 3)).isEqualTo(1);
            assertThat(byClass.optedOut(0, 0)).isEqualTo(2);
            assertThat(byClass.answers(1, 0, 0)).isEqualTo(1);
            assertThat(byClass.optedOut(1, 0)).isZero();
            assertThat(byClass.answers(0, 1, 68)).isEqualTo(1);
            assertThat(byClass.answers(0, 1, 100)).isEqualTo(1);
            assertThat(byClass.optedOut(1, 1)).as("an empty answer is not an opt-out").isZero();

            ResponseCounts crossed = responses.crossCounts(id, 0, 1);
            assertThat(crossed.labels()).containsExactly("Business × New", "Business × Old", "Economy × New");
            assertThat(crossed.points()).containsExactly(4, 101);
            assertThat(crossed.answers(0, 0, 3)).isEqualTo(1);
            assertThat(crossed.optedOut(0, 0)).isEqualTo(1);
            assertThat(crossed.optedOut(1, 0)).isEqualTo(1);
            assertThat(crossed.answers(1, 1, 68)).isEqualTo(1);
            assertThat(crossed.answers(2, 0, 0)).isEqualTo(1);
        }
    }

    @Test
    void aPointBeyondItsColumnsScaleIsRefusedAndNothingIsStored() {
        try (JdbcLibrary library = place.open()) {
            library.create(SampleMaps.small("map-1", 2));
            SurveyResponses responses = library.surveyResponses();
            ResponseSource offScale = sink -> sink.accept(9, new String[] {"Business", "New"}, new int[] {5, 0});
            assertThatThrownBy(() -> responses.importResponses(header("map-1"), offScale))
                    .hasMessageContaining("line 9 has point 5");
            assertThat(responses.imports("map-1")).isEmpty();
        }
    }

    @Test
    void aCancelledOrFailedImportLeavesTheLibraryExactlyAsItWas() {
        try (JdbcLibrary library = place.open()) {
            library.create(SampleMaps.small("map-1", 2));
            SurveyResponses responses = library.surveyResponses();
            responses.importResponses(header("map-1"), respondents(100, -1));
            Map<String, Long> before = rowCounts(library);

            assertThatThrownBy(() -> responses.importResponses(header("map-1"), respondents(9_000, 8_500)))
                    .isInstanceOf(ImportCancelledException.class);
            assertThat(rowCounts(library)).isEqualTo(before);

            ResponseSource wrongShape = sink -> sink.accept(7, new String[] {"Business"}, new int[] {1, 2});
            assertThatThrownBy(() -> responses.importResponses(header("map-1"), wrongShape))
                    .hasMessageContaining("line 7 has 1 labels and 2 ratings");
            assertThat(rowCounts(library)).isEqualTo(before);
            assertThat(responses.imports("map-1")).hasSize(1);
        }
    }

    @Test
    void theTeamLibraryLoadsTheBlocksWithCopyAndTheLocalOneWithInserts() throws Exception {
        try (JdbcLibrary library = place.open();
             java.sql.Connection connection = library.newConnection();
             BlockOutput output = BlockOutput.on(connection, 1)) {
            assertThat(output).isInstanceOf(kind == LibraryKind.POSTGRESQL ? CopyBlocks.class : InsertBlocks.class);
        }
    }

    @Test
    void theProjectCanBeEditedWhileAnImportIsRunning() {
        try (JdbcLibrary library = place.open()) {
            library.create(SampleMaps.small("map-1", 2));
            long id = library.surveyResponses().importResponses(header("map-1"), sink -> {
                respondents(5_000, -1).writeTo(sink);
                // The studio's own connection saves an edit while the import's transaction is open.
                library.save(library.load("map-1").orElseThrow().withTitle("Renamed during the import"));
            });
            assertThat(library.load("map-1").orElseThrow().title()).isEqualTo("Renamed during the import");
            assertThat(library.surveyResponses().counts(id, 0).total(0, 0)).isEqualTo(1_000);
        }
    }

    @Test
    void deletingTheProjectRemovesItsImportsAndRatingOrigins() {
        try (JdbcLibrary library = place.open()) {
            library.create(SampleMaps.small("map-1", 2));
            SurveyResponses responses = library.surveyResponses();
            long id = responses.importResponses(header("map-1"), respondents(50, -1));
            Instant when = Instant.parse("2026-03-02T08:00:00Z");
            responses.recordOrigins("map-1", List.of(new RatingOrigin("tp-1", "seg-1", RatingSource.IMPORTED, when, id),
                    new RatingOrigin("tp-2", "seg-1", RatingSource.MANUAL, when, null)));
            assertThat(responses.origins("map-1")).containsExactly(
                    new RatingOrigin("tp-1", "seg-1", RatingSource.IMPORTED, when, id),
                    new RatingOrigin("tp-2", "seg-1", RatingSource.MANUAL, when, null));

            library.delete("map-1");
            assertThat(rowCounts(library).values()).containsOnly(0L);
        }
    }

    @Test
    void theLibraryFileDoesNotKeepACancelledImport() throws Exception {
        try (JdbcLibrary library = place.open()) {
            library.create(SampleMaps.small("map-1", 2));
            assertThatThrownBy(() -> library.surveyResponses().importResponses(header("map-1"),
                    respondents(20_000, 19_000))).isInstanceOf(ImportCancelledException.class);
        }
        if (kind == LibraryKind.H2) {
            assertThat(Files.exists(folder.resolve("library.mv.db"))).isTrue();
        }
        try (JdbcLibrary reopened = place.open()) {
            assertThat(reopened.surveyResponses().imports("map-1")).isEmpty();
            assertThat(rowCounts(reopened).values()).containsOnly(0L);
        }
    }

    private static Map<String, Long> rowCounts(JdbcLibrary library) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, LibraryTables.rowCount(library, t)));
        return counts;
    }
}
