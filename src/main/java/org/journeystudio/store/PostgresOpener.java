package org.journeystudio.store;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.postgresql.ds.PGSimpleDataSource;
import org.journeystudio.i18n.Messages;

/**
 * Connects to a team library's PostgreSQL database: refuses, before writing anything, a server too old, a database
 * of another program and a library from a newer Journey Studio; then brings the schema up to date with the same
 * migrations as the local library (Flyway takes a lock in the database, so two studios never migrate at once).
 */
final class PostgresOpener {
    /** The oldest server release accepted; the tests run on Debian's (15). Identity columns need 10. */
    static final int MINIMUM_MAJOR_VERSION = 12;

    private final TeamLibraryAddress address;
    private final Map<String, String> environment;
    /** Whether the password was typed (the studio's dialog) rather than found in PGPASSWORD or ~/.pgpass. */
    private final boolean typed;

    PostgresOpener(TeamLibraryAddress address, Map<String, String> environment, boolean typed) {
        this.address = address;
        this.environment = environment;
        this.typed = typed;
    }

    /** An open connection (auto-commit off) to the migrated library. */
    Connection open(SchemaMigrations migrations) {
        Connection connection = connect();
        try {
            requireSupportedServer(connection);
            requireLibraryOrEmpty(connection, migrations);
            migrations.configure(dataSource()).load().migrate();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException | FlywayException e) {
            closeQuietly(connection);
            throw new LibraryException(Messages.text("storage.team.upgradeFailed", address,
                    LibraryErrors.firstLine(e)), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** A new connection with auto-commit off, or a {@link LibraryException} that says why there is none. */
    Connection connect() {
        Properties properties = address.connectionProperties(environment);
        try {
            Connection connection = DriverManager.getConnection(address.jdbcUrl(), properties);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw refused(e, properties.containsKey("password"));
        }
    }

    private LibraryException refused(SQLException e, boolean hadPassword) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = LibraryErrors.firstLine(e);
        String message;
        if (state.equals("28P01") || state.equals("28000")) {
            // Never the password itself: only where it came from, so the user knows what to correct.
            message = hadPassword
                    ? Messages.text("storage.team.passwordRefused." + passwordSource(), address, address.user(),
                            address.host(), String.valueOf(address.port()), reason)
                    : Messages.text("storage.team.passwordMissing", address, address.user(), address.host(),
                            String.valueOf(address.port()), reason);
        } else if (state.equals("3D000")) {
            message = Messages.text("storage.team.noDatabase", address, address.database());
        } else if (state.startsWith("08") || e.getCause() instanceof ConnectException
                || e.getCause() instanceof UnknownHostException) {
            message = Messages.text("storage.team.unreachable", address, address.host(), String.valueOf(address.port()),
                    TeamLibraryAddress.CONNECT_TIMEOUT_SECONDS, reason);
        } else {
            message = Messages.text("storage.team.cannotConnect", address, reason);
        }
        return new LibraryException(message, e);
    }

    /** The last part of the key that says where the refused password came from. */
    private String passwordSource() {
        return typed ? "typed" : environment.get("PGPASSWORD") != null ? "environment" : "pgpass";
    }

    private void requireSupportedServer(Connection connection) throws SQLException {
        int major = connection.getMetaData().getDatabaseMajorVersion();
        if (major < MINIMUM_MAJOR_VERSION) {
            throw new LibraryException(Messages.text("storage.team.oldServer", address,
                    connection.getMetaData().getDatabaseProductVersion(), String.valueOf(MINIMUM_MAJOR_VERSION)));
        }
    }

    /** Refuses a database with another program's tables, and one written by a newer or failed migration. */
    private void requireLibraryOrEmpty(Connection connection, SchemaMigrations migrations) throws SQLException {
        int tables = 0;
        boolean hasHistory = false;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = current_schema()")) {
            while (row.next()) {
                tables++;
                hasHistory |= SchemaMigrations.HISTORY_TABLE.equals(row.getString(1));
            }
        }
        connection.rollback();
        if (!hasHistory) {
            if (tables > 0) {
                throw new LibraryException(Messages.text("storage.team.otherProgram", address));
            }
            return;
        }
        Flyway flyway = migrations.configure(dataSource()).load();
        MigrationInfo[] history = flyway.info().all();
        String newest = Arrays.stream(history)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion().getVersion()).reduce((first, second) -> second).orElse(null);
        if (newest != null) {
            throw new LibraryException(Messages.text("storage.team.newer", address, newest));
        }
        if (Arrays.stream(history).anyMatch(m -> m.getState().isFailed())) {
            throw new LibraryException(Messages.text("storage.team.failedUpgrade", address));
        }
    }

    PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(address.jdbcUrl());
        address.connectionProperties(environment).forEach((name, value) -> {
            try {
                dataSource.setProperty((String) name, (String) value);
            } catch (SQLException e) {
                throw new LibraryException(Messages.text("storage.team.cannotConfigure", address,
                        e.getMessage()), e);
            }
        });
        return dataSource;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing with a clearer message.
        }
    }
}
