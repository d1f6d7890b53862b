package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import org.journeystudio.testing.PostgresCluster;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;

/** Connecting to a team library: what is refused untouched, and why, in a sentence. */
@SlowTest
class PostgresLibraryOpeningTest {
    private final PostgresCluster.Database database = PostgresCluster.shared().newDatabase();
    private final TeamLibraryAddress address = TeamLibraryAddress.parse(database.libraryUrl(),
            Map.of("PGUSER", database.user()));
    private final Map<String, String> environment = Map.of("PGPASSWORD", database.password());

    private PostgresLibrary open(SchemaMigrations migrations) {
        return PostgresLibrary.open(address, environment, Clock.systemUTC(), migrations);
    }

    @Test
    void aLibraryFromANewerStudioIsRefusedAndLeftAsItIs() {
        try (PostgresLibrary later = open(SchemaMigrations.POSTGRESQL.with(
                "classpath:org/journeystudio/store/later-schema"))) {
            later.create(SampleMaps.small("map-1", 2));
        }
        assertThatThrownBy(() -> open(SchemaMigrations.POSTGRESQL))
                .isInstanceOf(LibraryException.class)
                .hasMessage("The team library " + address + " was written by a newer Journey Studio (schema version "
                        + "999). Update Journey Studio to open it; it was left as it is.");
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefusedUntouched() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INT)");
        }
        assertThatThrownBy(() -> open(SchemaMigrations.POSTGRESQL))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("holds tables of another program (and no Journey Studio schema history)");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            assertThat(statement.executeQuery("SELECT count(*) FROM information_schema.tables "
                    + "WHERE table_schema = 'public'")).satisfies(rows -> {
                        rows.next();
                        assertThat(rows.getInt(1)).isEqualTo(1);
                    });
        }
    }

    @Test
    void twoStudiosShareOneLibraryAndAReopenedLibraryIsNotMigratedAgain() {
        try (PostgresLibrary first = open(SchemaMigrations.POSTGRESQL);
             PostgresLibrary second = open(SchemaMigrations.POSTGRESQL)) {
            first.create(SampleMaps.rich("map-1"));
            assertThat(second.load("map-1")).contains(second.kept(SampleMaps.rich("map-1")));
            // One row per shipped migration: the second studio found the schema current and migrated nothing.
            assertThat(LibraryTables.number(first, "SELECT count(*) FROM flyway_schema_history"))
                    .isEqualTo(ShippedHistory.steps().size());
        }
    }

    @Test
    void anUnreachableServerIsNamedWithTheTimeOut() {
        TeamLibraryAddress nowhere = TeamLibraryAddress.parse("postgresql://127.0.0.1:1/journeys",
                Map.of("PGUSER", "ana"));
        assertThatThrownBy(() -> PostgresLibrary.open(nowhere, Map.of(), Clock.systemUTC(),
                SchemaMigrations.POSTGRESQL))
                .isInstanceOf(LibraryException.class)
                .hasMessageStartingWith("Could not connect to the team library postgresql://ana@127.0.0.1:1/journeys: "
                        + "the server 127.0.0.1:1 could not be reached within 10 s");
    }
}
