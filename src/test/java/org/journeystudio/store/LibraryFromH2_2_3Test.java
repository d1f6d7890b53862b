package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's library written by the release on H2 2.3.232 opens with the H2 on today's class path, in place, with
 * everything in it, and stays writable. The file and how it was made: library-h2-2.3.232/README.md beside the
 * test resources; docs/decisions/0010-h2-2.5-upgrade.md.
 */
@SlowTest
class LibraryFromH2_2_3Test {
    private static final String FIXTURE = "/org/journeystudio/store/library-h2-2.3.232/";
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final AnswerScale ONE_TO_FIVE = AnswerScale.parse("1-5");

    /**
     * Rows per table as H2 2.3.232 counted them in the fixture (see its README), but for the schema history: the
     * fixture is at schema version 4, so opening it adds the rows of versions 5 to 13 (survey answer scales,
     * scenarios, project versions, the service blueprint, images, paths, opportunities, row versions, shared items).
     */
    private static final Map<String, Long> ROWS_AFTER_OPENING = rows(
            "lane", 5, "persona", 3, "persona_item", 7, "project", 1, "rating_origin", 2, "segment", 3, "stage", 3,
            "survey_column", 3, "survey_count", 6, "survey_import", 1, "survey_label", 2, "survey_response_block", 1,
            "touchpoint", 4, "touchpoint_expectation", 4, "touchpoint_opportunity", 2, "touchpoint_pain_point", 2,
            "touchpoint_satisfaction", 4, "workshop_answer", 2, "workshop_comment", 1, "workshop_participant", 2,
            "workshop_session", 1, "project_version", 0, "touchpoint_link", 0, "stage_path", 0, "\"flyway_schema_history\"", 14);

    @TempDir
    Path folder;

    @Test
    void theFixtureIsAnH2FileOfTheSameStoreFormatThatTheNewH2Reads() throws IOException {
        Path file = unpackLibrary();
        String header = new String(Files.readAllBytes(file), 0, 200, StandardCharsets.ISO_8859_1);
        assertThat(header).startsWith("H:2,").contains(",format:3,");
        assertThat(org.h2.engine.Constants.VERSION_MINOR).as("the H2 under test is newer than the file's")
                .isGreaterThan(3);
    }

    @Test
    void aLibraryWrittenByH2_2_3_232OpensWithEverythingInItAndStaysWritable() throws Exception {
        unpackLibrary();
        JourneyMap asWritten = expectedMap();

        try (H2Library library = H2Library.open(folder)) {
            ROWS_AFTER_OPENING.forEach((table, rows) ->
                    assertThat(LibraryTables.rowCount(library, table)).as("rows in " + table).isEqualTo(rows));
            assertThat(library.list()).containsExactly(
                    new ProjectSummary("map-h2-232", "Online retailer", asWritten.modified(), 4));
            assertThat(library.load("map-h2-232")).contains(asWritten);
            assertSurveyAndOrigins(library);
            assertWorkshop(library);

            Touchpoint card = asWritten.touchpoints().get(0);
            library.save(asWritten.withTitle("Edited after the H2 upgrade")
                    .withTouchpoint(card.toBuilder().title("Pay, edited").build()));
            library.create(SampleMaps.small("map-new", 3));
        }

        try (H2Library reopened = H2Library.open(folder)) {
            JourneyMap edited = reopened.load("map-h2-232").orElseThrow();
            assertThat(edited.title()).isEqualTo("Edited after the H2 upgrade");
            assertThat(edited.touchpoints().get(0).title()).isEqualTo("Pay, edited");
            assertThat(edited.touchpoints().subList(1, 4)).isEqualTo(asWritten.touchpoints().subList(1, 4));
            assertThat(edited.personas()).isEqualTo(asWritten.personas());
            assertThat(edited.segments()).isEqualTo(asWritten.segments());
            assertThat(reopened.load("map-new")).contains(SampleMaps.small("map-new", 3));
            assertSurveyAndOrigins(reopened);
            assertWorkshop(reopened);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("upgraded in place from schema version 4, "
                    + "the file as it was kept beside it, and the reopen's daily copy").containsExactlyInAnyOrder(
                    "library.mv.db", "library-schema-v4-backup.mv.db", LibraryCopies.FOLDER);
        }
    }

    private static void assertSurveyAndOrigins(H2Library library) {
        SurveyResponses responses = library.surveyResponses();
        List<StoredImport> imports = responses.imports("map-h2-232");
        assertThat(imports).hasSize(1);
        StoredImport stored = imports.get(0);
        assertThat(stored.header()).isEqualTo(new ResponseImport("map-h2-232", "survey-2026.csv", T0, "spreadsheet",
                RatingSource.IMPORTED, List.of("Age"),
                List.of(new ResponseImport.RatedColumn("Checkout", ONE_TO_FIVE, "tp-9"),
                        new ResponseImport.RatedColumn("Delivery", ONE_TO_FIVE, "tp-3"))));
        assertThat(stored.respondents()).isEqualTo(3);
        assertThat(stored.skippedRows()).isZero();

        // The respondents are packed as bytes in survey_response_block; counts are rebuilt from the count table.
        // That release stored the values themselves (1..5); schema version 5 reads them back as points of 1-5.
        ResponseCounts byAge = responses.counts(stored.id(), 0);
        assertThat(byAge.labels()).containsExactly("Junior", "Senior");
        assertThat(byAge.points()).containsExactly(5, 5);
        assertThat(answersByValue(byAge, 0, 0)).containsExactly(Map.entry(1.0, 1L));
        assertThat(answersByValue(byAge, 1, 0)).containsExactly(Map.entry(3.0, 1L), Map.entry(5.0, 1L));
        assertThat(answersByValue(byAge, 0, 1)).containsExactly(Map.entry(2.0, 1L));
        assertThat(answersByValue(byAge, 1, 1)).containsExactly(Map.entry(4.0, 1L), Map.entry(5.0, 1L));
        assertThat(byAge.optedOut(1, 0)).isZero();
        assertThat(byAge.total(0, ONE_TO_FIVE.point(2))).isZero();
        // The same means as that release showed: Checkout Senior 4.0, Junior 1.0; Delivery Senior 4.5, Junior 2.0.
        assertThat(mean(byAge, 1, 0)).isEqualTo(4.0);
        assertThat(mean(byAge, 0, 0)).isEqualTo(1.0);
        assertThat(mean(byAge, 1, 1)).isEqualTo(4.5);
        assertThat(mean(byAge, 0, 1)).isEqualTo(2.0);

        assertThat(responses.origins("map-h2-232")).containsExactlyInAnyOrder(
                new RatingOrigin("tp-9", "seg-z", RatingSource.IMPORTED, T0, stored.id()),
                new RatingOrigin("tp-9", "seg-a", RatingSource.MANUAL, T0.plusSeconds(5), null));
        assertThat(responses.importNames("map-h2-232")).containsExactly(Map.entry(stored.id(), "survey-2026.csv"));
    }

    /** Each value of the 1-5 scale that segment {@code label} gave to {@code column}, with its count. */
    private static Map<Double, Long> answersByValue(ResponseCounts counts, int label, int column) {
        Map<Double, Long> answers = new LinkedHashMap<>();
        for (int point = 0; point < counts.points().get(column); point++) {
            if (counts.answers(label, column, point) > 0) {
                answers.put(ONE_TO_FIVE.value(point), counts.answers(label, column, point));
            }
        }
        return answers;
    }

    private static double mean(ResponseCounts counts, int label, int column) {
        double sum = 0;
        long n = 0;
        for (int point = 0; point < counts.points().get(column); point++) {
            sum += ONE_TO_FIVE.value(point) * counts.answers(label, column, point);
            n += counts.answers(label, column, point);
        }
        return sum / n;
    }

    private static void assertWorkshop(H2Library library) {
        try (WorkshopAnswers answers = library.workshopAnswers()) {
            assertThat(answers.sessions("map-h2-232")).containsExactly("ws-1");
            assertThat(answers.participants("ws-1")).isEqualTo(2);
            assertThat(answers.answers("ws-1")).containsExactlyInAnyOrder(
                    new WorkshopRow.Answer("p1", "tp-9", "seg-z", 2, T0),
                    new WorkshopRow.Answer("p2", "tp-9", "", 4, T0.plusSeconds(1)));
            assertThat(answers.comments("ws-1")).containsExactly(
                    new WorkshopRow.Comment("c1", "p1", "tp-9", "seg-z", "IDEA", "Kiosk ünïcødé", T0, false));
        }
    }

    /** The library file exactly as H2 2.3.232 left it, in {@code folder}. */
    private Path unpackLibrary() throws IOException {
        Path file = folder.resolve(LibraryOpener.FILE_NAME);
        try (InputStream packed = resource("library.mv.db.gz"); InputStream in = new GZIPInputStream(packed)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** The project as the old release read it back, written next to the library as .journey.json. */
    private static JourneyMap expectedMap() throws IOException, JourneyFormatException {
        try (Reader json = new InputStreamReader(resource("map-h2-232.journey.json"), StandardCharsets.UTF_8)) {
            return JourneyJson.read(json, "map-h2-232.journey.json");
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = LibraryFromH2_2_3Test.class.getResourceAsStream(FIXTURE + name);
        if (in == null) {
            throw new IOException("test resource missing: " + FIXTURE + name);
        }
        return in;
    }

    private static Map<String, Long> rows(Object... tableAndCount) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (int i = 0; i < tableAndCount.length; i += 2) {
            rows.put((String) tableAndCount[i], ((Integer) tableAndCount[i + 1]).longValue());
        }
        return rows;
    }
}
