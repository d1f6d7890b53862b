package org.journeystudio.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.ValidateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.journeystudio.i18n.Messages;

/**
 * Looks at an existing library file read-only before anything writes to it: a file that is not an H2
 * database, an H2 database of another program, or a library from a newer Journey Studio is refused untouched.
 */
final class ExistingLibraryCheck {

    /** What the check found in a file that is a Journey Studio library. */
    record SchemaState(String currentVersion, int pendingMigrations) {
        boolean needsUpgrade() {
            return currentVersion != null && pendingMigrations > 0;
        }
    }

    private final Path folder;
    private final Path file;
    private final String readOnlyUrl;
    private final SchemaMigrations migrations;

    ExistingLibraryCheck(Path folder, Path file, String readOnlyUrl, SchemaMigrations migrations) {
        this.folder = folder;
        this.file = file;
        this.readOnlyUrl = readOnlyUrl;
        this.migrations = migrations;
    }

    SchemaState check() {
        // The read-only connection stays open while Flyway looks, so both share one opening of the file.
        try (Connection connection =
                     DriverManager.getConnection(readOnlyUrl, LibraryOpener.USER, LibraryOpener.PASSWORD)) {
            boolean hasHistory = false;
            int tables = 0;
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                         + "WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
                while (row.next()) {
                    tables++;
                    hasHistory |= SchemaMigrations.HISTORY_TABLE.equals(row.getString(1));
                }
            }
            if (!hasHistory) {
                if (tables > 0) {
                    throw new LibraryException(Messages.text("storage.otherProgram", file));
                }
                return new SchemaState(null, 0);
            }
            if (migrations.shipped() && ShippedHistory.isCurrent(connection)) {
                return new SchemaState(ShippedHistory.newestVersion(), 0);
            }
            return checkHistory();
        } catch (SQLException e) {
            throw LibraryErrors.opening(folder, file, e);
        }
    }

    private SchemaState checkHistory() {
        JdbcDataSource readOnly = new JdbcDataSource();
        readOnly.setURL(readOnlyUrl);
        readOnly.setUser(LibraryOpener.USER);
        readOnly.setPassword(LibraryOpener.PASSWORD);
        try {
            Flyway flyway = migrations.configure(readOnly).ignoreMigrationPatterns("*:pending").load();
            MigrationInfoService info = flyway.info();
            MigrationInfo[] history = info.all();
            String newest = Arrays.stream(history)
                    .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                            || m.getState() == MigrationState.FUTURE_FAILED)
                    .map(m -> m.getVersion().getVersion())
                    .reduce((first, second) -> second).orElse(null);
            if (newest != null) {
                throw new LibraryException(Messages.text("storage.newer", folder, newest));
            }
            if (Arrays.stream(history).anyMatch(m -> m.getState().isFailed())) {
                throw new LibraryException(Messages.text("storage.failedUpgrade", folder));
            }
            ValidateResult validation = flyway.validateWithResult();
            if (!validation.validationSuccessful) {
                String details = validation.invalidMigrations.stream()
                        .map(m -> m.errorDetails.errorMessage).collect(Collectors.joining("; "));
                throw new LibraryException(Messages.text("storage.historyMismatch", file, details));
            }
            int pending = (int) Arrays.stream(history).filter(m -> m.getState() == MigrationState.PENDING).count();
            MigrationInfo current = info.current();
            return new SchemaState(current == null ? null : current.getVersion().getVersion(), pending);
        } catch (FlywayException e) {
            throw new LibraryException(Messages.text("storage.historyUnreadable", file,
                    LibraryErrors.firstLine(e)), e);
        }
    }
}
