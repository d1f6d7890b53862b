package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shortcut that opens a current library without Flyway knows the history Flyway itself writes. */
@SlowTest
class ShippedHistoryTest {
    @TempDir
    Path folder;

    @Test
    void theShippedListIsTheHistoryFlywayWritesForEveryMigrationUnderDbMigration() {
        JdbcDataSource dataSource = dataSource(folder);
        SchemaMigrations.STANDARD.configure(dataSource).load().migrate();
        List<ShippedHistory.Step> written = new ArrayList<>();
        for (MigrationInfo step : SchemaMigrations.STANDARD.configure(dataSource).load().info().applied()) {
            written.add(new ShippedHistory.Step(step.getVersion().getVersion(), step.getChecksum()));
        }

        assertThat(ShippedHistory.steps())
                .as("shipped-migrations.txt must list, in order:%n%s", written.stream()
                        .map(step -> step.version() + " " + step.checksum()).collect(Collectors.joining("\n")))
                .isEqualTo(written);
        assertThat(ShippedHistory.newestVersion()).isEqualTo(written.get(written.size() - 1).version());
    }

    @Test
    void onlyALibraryAtTheNewestVersionWithItsHistoryIntactCountsAsCurrent() throws SQLException {
        SchemaMigrations.STANDARD.configure(dataSource(folder)).load().migrate();
        assertThat(isCurrent()).isTrue();

        execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '1'");
        assertThat(isCurrent()).as("a script changed since it ran").isFalse();
        execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = " + ShippedHistory.steps().get(0).checksum()
                + ", \"success\" = FALSE WHERE \"version\" = '1'");
        assertThat(isCurrent()).as("a failed step").isFalse();
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '1'");
        assertThat(isCurrent()).isTrue();
        execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + ShippedHistory.newestVersion() + "'");
        assertThat(isCurrent()).as("an older library, to be upgraded").isFalse();
    }

    @Test
    void aLibraryFromANewerStudioIsNotCurrent() throws SQLException {
        SchemaMigrations.STANDARD.with("classpath:org/journeystudio/store/later-schema")
                .configure(dataSource(folder)).load().migrate();
        assertThat(isCurrent()).isFalse();
    }

    private boolean isCurrent() throws SQLException {
        try (Connection connection = dataSource(folder).getConnection()) {
            return ShippedHistory.isCurrent(connection);
        }
    }

    private void execute(String update) throws SQLException {
        try (Connection connection = dataSource(folder).getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(update);
        }
    }

    private static JdbcDataSource dataSource(Path libraryFolder) {
        return LibraryOpener.dataSource(libraryFolder.toAbsolutePath().normalize());
    }
}
