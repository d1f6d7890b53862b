package org.journeystudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the saves other studios make to one project of a team library, on a connection and a thread of its own:
 * PostgreSQL's LISTEN/NOTIFY (every save sends its project's new version in its transaction), with polling of the
 * project's version as the fallback when LISTEN fails, and reconnection when the connection drops. Each version
 * newer than the last one heard is told once, on the watch's thread.
 */
public final class ProjectWatch implements AutoCloseable {
    static final String CHANNEL = "journey_studio_saves";
    /** How long one wait for notifications, one poll interval and one pause before reconnecting last. */
    static final int WAIT_MILLIS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ProjectWatch.class);

    private final Supplier<Connection> connect;
    private final String projectId;
    private final LongConsumer changed;
    private final boolean listen;
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean listening;
    private volatile Connection current;
    private long lastVersion;

    private ProjectWatch(Supplier<Connection> connect, String projectId, long fromVersion, LongConsumer changed,
            boolean listen) {
        this.connect = connect;
        this.lastVersion = fromVersion;
        this.projectId = projectId;
        this.changed = changed;
        this.listen = listen;
        this.thread = new Thread(this::run, "journey-studio-watch-" + projectId);
        thread.setDaemon(true);
    }

    /** Starts a watch; {@code listen} false polls only (what a server without LISTEN, or a test, gets). */
    static ProjectWatch start(Supplier<Connection> connect, String projectId, long fromVersion, LongConsumer changed,
            boolean listen) {
        ProjectWatch watch = new ProjectWatch(connect, projectId, fromVersion, changed, listen);
        watch.thread.start();
        return watch;
    }

    static String payload(String projectId, long version) {
        return version + " " + projectId;
    }

    /** Whether the watch hears saves by notification now (false while it polls or reconnects). */
    public boolean listening() {
        return listening;
    }

    private void run() {
        while (!closed) {
            try (Connection connection = connect.get()) {
                current = connection;
                connection.setAutoCommit(true);
                listening = listen && listen(connection);
                check(connection); // a save between two connections is heard here
                while (!closed) {
                    if (listening) {
                        hear(connection);
                    } else {
                        Thread.sleep(WAIT_MILLIS);
                        check(connection);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!closed) {
                    LOG.warn("Watching project {} for others' saves: {}; reconnecting", projectId, e.getMessage());
                    pause();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                current = null;
            }
        }
    }

    private boolean listen(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN journey_studio_saves"); // the CHANNEL
            return true;
        } catch (SQLException e) {
            LOG.warn("LISTEN refused ({}); polling project {} instead", e.getMessage(), projectId);
            return false;
        }
    }

    private void hear(Connection connection) throws SQLException {
        PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
        if (notifications == null) {
            return;
        }
        for (PGNotification notification : notifications) {
            String[] parts = notification.getParameter().split(" ", 2);
            if (parts.length == 2 && parts[1].equals(projectId)) {
                tell(Long.parseLong(parts[0]));
            }
        }
    }

    private void check(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT row_version FROM project WHERE id = ?")) {
            statement.setString(1, projectId);
            try (ResultSet row = statement.executeQuery()) {
                if (row.next()) {
                    tell(row.getLong(1));
                }
            }
        }
    }

    private void tell(long version) {
        if (version > lastVersion) {
            lastVersion = version;
            changed.accept(version);
        }
    }

    private void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** The watch's server process, so that a test can drop its connection ({@code pg_terminate_backend}). */
    int backendPid() throws SQLException {
        Connection connection = current;
        if (connection == null) {
            return -1;
        }
        return connection.unwrap(PGConnection.class).getBackendPID();
    }

    /** Stops the thread and closes its connection; waits at most a second for it. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2L * WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
