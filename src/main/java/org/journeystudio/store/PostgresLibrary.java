package org.journeystudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * A team library: the same tables and SQL as the local library, in a PostgreSQL database that a whole team's studios
 * share ({@code --library postgresql://…}). One connection is held for the library's life; each call is one
 * transaction. The server, not a file lock, keeps two studios' writes apart.
 */
public final class PostgresLibrary extends JdbcLibrary {
    private final TeamLibraryAddress address;
    private final PostgresOpener opener;

    /** Whether watches listen for NOTIFY (else they poll); see {@link #watchByPolling()}. */
    private volatile boolean listen = true;

    private PostgresLibrary(TeamLibraryAddress address, PostgresOpener opener, Clock clock, Statements sql) {
        super(clock, sql);
        this.address = address;
        this.opener = opener;
    }

    /** Connects to the team library at {@code address}, creating its tables in an empty database. */
    public static PostgresLibrary open(TeamLibraryAddress address) {
        return open(address, System.getenv(), Clock.systemUTC(), SchemaMigrations.POSTGRESQL);
    }

    /**
     * Connects with a password the user typed (the studio's dialog), kept in memory for this connection only; an
     * empty one falls back to PGPASSWORD and ~/.pgpass as {@link #open(TeamLibraryAddress)} does.
     */
    public static PostgresLibrary open(TeamLibraryAddress address, char[] password) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        boolean typed = password != null && password.length > 0;
        if (typed) {
            environment.put("PGPASSWORD", new String(password));
        }
        return open(address, environment, Clock.systemUTC(), SchemaMigrations.POSTGRESQL, typed);
    }

    /** As {@link #open(TeamLibraryAddress)}, with the environment (PGPASSWORD, PGUSER) given. */
    public static PostgresLibrary open(TeamLibraryAddress address, Map<String, String> environment) {
        return open(address, environment, Clock.systemUTC(), SchemaMigrations.POSTGRESQL);
    }

    /** As {@link #open(TeamLibraryAddress)}, with the environment (PGPASSWORD), clock and migrations given. */
    static PostgresLibrary open(TeamLibraryAddress address, Map<String, String> environment, Clock clock,
            SchemaMigrations migrations) {
        return open(address, environment, clock, migrations, false);
    }

    private static PostgresLibrary open(TeamLibraryAddress address, Map<String, String> environment, Clock clock,
            SchemaMigrations migrations, boolean typed) {
        PostgresOpener opener = new PostgresOpener(address, environment, typed);
        return new PostgresLibrary(address, opener, clock, new Statements(opener.open(migrations)));
    }

    @Override
    public String location() {
        return address.toString();
    }

    public TeamLibraryAddress address() {
        return address;
    }

    @Override
    Connection newConnection() {
        return opener.connect();
    }

    /** In the save's transaction: PostgreSQL delivers it to the listeners only if and when the save commits. */
    @Override
    void announce(String projectId, long version) throws SQLException {
        PreparedStatement notify = statements().prepare("SELECT pg_notify(?, ?)");
        notify.setString(1, ProjectWatch.CHANNEL);
        notify.setString(2, ProjectWatch.payload(projectId, version));
        notify.executeQuery().close();
    }

    /**
     * Starts watching the project for saves after {@code fromVersion} on a connection and thread of its own:
     * {@code changed} hears each newer version (on the watch's thread) within about a second, by LISTEN/NOTIFY or,
     * when LISTEN fails or the connection dropped, by polling the project's version until listening works again.
     */
    public ProjectWatch watch(String projectId, long fromVersion, java.util.function.LongConsumer changed) {
        return ProjectWatch.start(opener::connect, projectId, fromVersion, changed, listen);
    }

    /**
     * Makes the watches started from now on poll (every 0.5 s) instead of listening: for a connection pooler in
     * transaction mode, which loses {@code LISTEN} without an error, and for the polling benchmark.
     */
    public void watchByPolling() {
        listen = false;
    }

    /** A watch that only polls, as when the server refuses LISTEN. */
    ProjectWatch pollingWatch(String projectId, long fromVersion, java.util.function.LongConsumer changed) {
        return ProjectWatch.start(opener::connect, projectId, fromVersion, changed, false);
    }

    /** The server dropped the connection (restarted, or a network cut): a new one, or a refusal that says why. */
    @Override
    Connection reconnected() {
        return opener.connect();
    }

    @Override
    ChronoUnit timePrecision() {
        return ChronoUnit.MICROS;
    }

    @Override
    void released() {
        // Nothing beyond the connection: the server keeps no lock for a studio.
    }
}
