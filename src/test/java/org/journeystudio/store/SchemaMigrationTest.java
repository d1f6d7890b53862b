package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.ExperienceComponent;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Persona;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Libraries written by earlier schema versions open with the current code, their data intact. */
@SlowTest
class SchemaMigrationTest {
    private static final SchemaMigrations WITH_LATER_VERSION = SchemaMigrations.STANDARD.with(
            "classpath:org/journeystudio/store/later-schema");

    @TempDir
    Path folder;

    @Test
    void aLibraryWrittenByVersion1OpensWithTheCurrentCodeAndKeepsItsData() throws SQLException {
        writeLibraryAtVersion("1", "RUNSCRIPT FROM 'classpath:/org/journeystudio/store/v1-library.sql'");

        try (H2Library library = H2Library.open(folder)) {
            assertThat(library.load("map-v1")).contains(expectedVersion1Map());
            assertThat(library.list()).containsExactly(new ProjectSummary("map-v1", "Bank account",
                    Instant.parse("2026-01-11T09:30:00Z"), 2));
            library.save(expectedVersion1Map().withTitle("Still writable"));
        }
        assertThat(currentVersion()).isEqualTo(latestVersion());
    }

    @Test
    void aVersion1LibraryGainsTheSurveyTablesEmptyAndKeepsItsMaps() throws SQLException {
        writeLibraryAtVersion("1", "RUNSCRIPT FROM 'classpath:/org/journeystudio/store/v1-library.sql'");

        try (H2Library library = H2Library.open(folder)) {
            assertThat(library.load("map-v1")).contains(expectedVersion1Map());
            SurveyResponses responses = library.surveyResponses();
            assertThat(responses.imports("map-v1")).isEmpty();
            assertThat(responses.origins("map-v1")).isEmpty();
            AnswerScale oneToSeven = AnswerScale.of(RatingScale.ONE_TO_SEVEN);
            ResponseImport header = new ResponseImport("map-v1", "after-upgrade.csv",
                    Instant.parse("2026-02-01T00:00:00Z"), "spreadsheet", RatingSource.IMPORTED, List.of("Age"),
                    List.of(new ResponseImport.RatedColumn("Form", oneToSeven, "tp-form")));
            long id = responses.importResponses(header, new ResponseSource() {
                @Override
                public void writeTo(ResponseSink sink) {
                    sink.accept(2, new String[] {"Senior"}, new int[] {oneToSeven.point(3)});
                    sink.accept(3, new String[] {"Senior"}, new int[] {oneToSeven.point(5)});
                }
            });
            assertThat(responses.counts(id, 0).answers(0, 0, oneToSeven.point(5))).isEqualTo(1);
            library.delete("map-v1");
            assertThat(responses.imports("map-v1")).isEmpty();
        }
        assertThat(currentVersion()).isEqualTo(latestVersion());
    }

    @Test
    void aSurveyImportStoredAsValuesBeforeVersion5ReadsBackAsTheSameAnswers() throws SQLException {
        writeLibraryAtVersion("1", "RUNSCRIPT FROM 'classpath:/org/journeystudio/store/v1-library.sql'");
        writeLibraryAtVersion(folder, SchemaMigrations.STANDARD, "4",
                "RUNSCRIPT FROM 'classpath:/org/journeystudio/store/v4-survey-import.sql'");
        AnswerScale oneToSeven = AnswerScale.parse("1-7");
        AnswerScale zeroToTen = AnswerScale.parse("0-10");

        try (H2Library library = H2Library.open(folder)) {
            SurveyResponses responses = library.surveyResponses();
            StoredImport stored = responses.imports("map-v1").get(0);
            assertThat(stored.ratingColumns()).containsExactly(
                    new ResponseImport.RatedColumn("Form", oneToSeven, "tp-form"),
                    new ResponseImport.RatedColumn("Recommend", zeroToTen, null));

            ResponseCounts byAge = responses.counts(41, 0);
            assertThat(byAge.labels()).containsExactly("Senior", "Young");
            assertThat(byAge.points()).containsExactly(7, 11);
            assertThat(byAge.answers(1, 0, oneToSeven.point(7))).isEqualTo(1);
            assertThat(byAge.answers(0, 0, oneToSeven.point(2))).isEqualTo(1);
            assertThat(byAge.answers(1, 1, zeroToTen.point(0))).isEqualTo(1);
            assertThat(byAge.answers(0, 1, zeroToTen.point(10))).isEqualTo(1);
            assertThat(byAge.answers(0, 1, zeroToTen.point(9))).isEqualTo(1);
            assertThat(byAge.optedOut(0, 0)).as("the empty answer is no opt-out").isZero();
            assertThat(totals(byAge, 0)).isEqualTo(2);
            assertThat(totals(byAge, 1)).isEqualTo(3);

            // Crossed counts are rebuilt from the packed respondents, which hold values too.
            ResponseCounts crossed = responses.crossCounts(41, 0, 1);
            assertThat(crossed.labels()).containsExactly("Senior × Free", "Senior × Pro", "Young × Free");
            assertThat(crossed.answers(1, 0, oneToSeven.point(2))).isEqualTo(1);
            assertThat(crossed.answers(1, 1, zeroToTen.point(10))).isEqualTo(1);
            assertThat(crossed.answers(0, 1, zeroToTen.point(9))).isEqualTo(1);
            assertThat(crossed.answers(2, 0, oneToSeven.point(7))).isEqualTo(1);
            assertThat(crossed.answers(2, 1, zeroToTen.point(0))).isEqualTo(1);
            assertThat(totals(crossed, 0)).isEqualTo(2);
            assertThat(totals(crossed, 1)).isEqualTo(3);
        }
        assertThat(currentVersion()).isEqualTo(latestVersion());
    }

    /** Every answer to rating column {@code column}, over all labels and points. */
    private static long totals(ResponseCounts counts, int column) {
        long sum = 0;
        for (int point = 0; point < counts.points().get(column); point++) {
            sum += counts.total(column, point);
        }
        return sum;
    }

    @Test
    void everyEarlierSchemaVersionUpgradesToTheCurrentOne() throws SQLException {
        List<String> versions = Arrays.stream(flyway(SchemaMigrations.STANDARD).info().all())
                .map(m -> m.getVersion().getVersion()).toList();
        assertThat(versions).as("released schema versions").isNotEmpty().startsWith("1");
        for (String version : versions) {
            Path versionFolder = folder.resolve("v" + version);
            writeLibraryAtVersion(versionFolder, SchemaMigrations.STANDARD, version, "VALUES 1");
            try (H2Library library = H2Library.open(versionFolder)) {
                library.create(SampleMaps.rich("map-after-v" + version));
                assertThat(library.load("map-after-v" + version)).contains(SampleMaps.rich("map-after-v" + version));
            }
        }
    }

    @Test
    void anUpgradeKeepsACopyOfTheOldFileAndTheOldCodeThenRefusesTheNewerLibrary() throws java.io.IOException {
        try (H2Library library = H2Library.open(folder)) {
            library.create(SampleMaps.rich("map-1"));
        }
        byte[] beforeUpgrade = Files.readAllBytes(folder.resolve("library.mv.db"));

        try (H2Library upgraded = H2Library.open(folder, Clock.systemUTC(), WITH_LATER_VERSION)) {
            assertThat(upgraded.load("map-1")).contains(SampleMaps.rich("map-1"));
        }
        Path copy = folder.resolve("library-schema-v" + latestVersion() + "-backup.mv.db");
        assertThat(copy).exists();
        assertThat(Files.readAllBytes(copy)).isEqualTo(beforeUpgrade);

        byte[] upgraded = Files.readAllBytes(folder.resolve("library.mv.db"));
        assertThatThrownBy(() -> H2Library.open(folder))
                .isInstanceOf(LibraryException.class)
                .hasMessage("The library " + folder.toAbsolutePath().normalize() + " was written by a newer Journey "
                        + "Studio (schema version 999). Update Journey Studio to open it; it was left as it is.");
        assertThat(Files.readAllBytes(folder.resolve("library.mv.db"))).isEqualTo(upgraded);
    }

    @Test
    void aLibraryWhoseHistoryDoesNotMatchTheMigrationsIsRefusedUntouched() throws Exception {
        try (H2Library library = H2Library.open(folder)) {
            library.create(SampleMaps.small("map-1", 2));
        }
        tamper("UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '1'");
        byte[] before = Files.readAllBytes(folder.resolve("library.mv.db"));

        assertThatThrownBy(() -> H2Library.open(folder))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("does not match this Journey Studio")
                .hasMessageContaining("checksum");
        assertThat(Files.readAllBytes(folder.resolve("library.mv.db"))).isEqualTo(before);
    }

    @Test
    void aLibraryWithAFailedUpgradeInItsHistoryIsRefusedUntouched() throws Exception {
        try (H2Library library = H2Library.open(folder)) {
            library.create(SampleMaps.small("map-1", 2));
        }
        tamper("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
        byte[] before = Files.readAllBytes(folder.resolve("library.mv.db"));

        assertThatThrownBy(() -> H2Library.open(folder))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("failed half-way");
        assertThat(Files.readAllBytes(folder.resolve("library.mv.db"))).isEqualTo(before);
    }

    private void tamper(String update) throws SQLException {
        try (Connection connection = dataSource(folder).getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(update);
        }
    }

    /** The map the fixture's SQL describes, built the way the model builds it. */
    private static JourneyMap expectedVersion1Map() {
        Map<String, Double> formRatings = new LinkedHashMap<>();
        formRatings.put("seg-senior", 2.5);
        formRatings.put("seg-young", 6.0);
        Touchpoint form = Touchpoint.builder("tp-form", "st-open", "ln-tp")
                .title("Fill in the form").description("Twelve fields")
                .channel(new Channel(ChannelKind.WEB, "bank.example")).owner("Onboarding")
                .emotion(new Emotion(-1, "Bored"))
                .components(Set.of(ExperienceComponent.FUNCTIONAL, ExperienceComponent.ACCESSIBLE))
                .expectations(List.of("Done in five minutes", "No paper"))
                .painPoints(List.of(new PainPoint("ID check fails", 3, Evidence.OBSERVED)))
                .opportunityIds(List.of("opp-tp-form-1"))
                .satisfaction(formRatings).expectedScore(6.0).evidence(Evidence.OBSERVED).build();
        Touchpoint login = Touchpoint.builder("tp-login", "st-use", "ln-tp").title("Log in")
                .channel(ChannelKind.MOBILE_APP).emotion(2).components(Set.of(ExperienceComponent.EMOTIONAL))
                .satisfaction(Map.of("seg-young", 7.0)).evidence(Evidence.ASSUMED).build();
        return new JourneyMap("map-v1", "Bank account", "Opening an account", "Open an account online",
                Instant.parse("2026-01-10T08:00:00.5Z"), Instant.parse("2026-01-11T09:30:00Z"),
                RatingScale.ONE_TO_SEVEN,
                List.of(new Persona("per-1", "Lena", "Student", "#2ca02c", "seg-young"),
                        new Persona("per-2", "Karl", "", "#4c78a8", null)),
                List.of(new Segment("seg-young", "Young adults", "Under 30", "#1f77b4"),
                        new Segment("seg-senior", "Seniors", "", "#ff7f0e")),
                List.of(new Stage("st-open", "Open an account", "Online form", 240),
                        new Stage("st-use", "Use online banking", "", 300.5)),
                List.of(new Lane("ln-tp", LaneKind.TOUCHPOINTS, "Touchpoints", true),
                        new Lane("ln-pain", LaneKind.PAIN_POINTS, "Pain points", false)),
                List.of(form, login))
                // Schema 11 made the note an opportunity of the map, with the id a version 5 file would give it.
                .withOpportunities(List.of(Opportunity.idea("opp-tp-form-1", "Video ID", Evidence.PROPOSED)));
    }

    private void writeLibraryAtVersion(String version, String content) throws SQLException {
        writeLibraryAtVersion(folder, SchemaMigrations.STANDARD, version, content);
    }

    /** Runs the migrations only up to {@code version}, as that release of Journey Studio did, then adds data. */
    private static void writeLibraryAtVersion(Path libraryFolder, SchemaMigrations migrations, String version,
                                              String content) throws SQLException {
        JdbcDataSource dataSource = dataSource(libraryFolder);
        migrations.configure(dataSource).target(version).load().migrate();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(content);
        }
    }

    private String currentVersion() {
        return flyway(SchemaMigrations.STANDARD, folder).info().current().getVersion().getVersion();
    }

    private String latestVersion() {
        MigrationInfo[] all = flyway(SchemaMigrations.STANDARD).info().all();
        return all[all.length - 1].getVersion().getVersion();
    }

    private Flyway flyway(SchemaMigrations migrations) {
        return flyway(migrations, folder.resolve("scratch"));
    }

    private static Flyway flyway(SchemaMigrations migrations, Path libraryFolder) {
        return migrations.configure(dataSource(libraryFolder)).load();
    }

    private static JdbcDataSource dataSource(Path libraryFolder) {
        return LibraryOpener.dataSource(libraryFolder.toAbsolutePath().normalize());
    }
}
