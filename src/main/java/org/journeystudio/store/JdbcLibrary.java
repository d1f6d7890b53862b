package org.journeystudio.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.MapValidator;

/**
 * A library on one JDBC connection, with the same tables and the same SQL on every database it runs on (the embedded
 * H2 file, a team's PostgreSQL server): the rows, incremental saves, versions, survey responses and rating origins.
 * Every public call is one transaction, rolled back whole when anything in it fails.
 */
public abstract sealed class JdbcLibrary implements ProjectLibrary permits H2Library, PostgresLibrary {
    private final Clock clock;
    private final Statements sql;
    private final ProjectReader reader;
    private final LibraryVersions versions;
    private boolean closed;
    /** How deep the running {@link #inTransaction} calls are nested; only the outermost commits. */
    private int transactionDepth;

    JdbcLibrary(Clock clock, Statements sql) {
        this.clock = clock;
        this.sql = sql;
        this.reader = new ProjectReader(sql);
        this.versions = new LibraryVersions(this, clock);
    }

    /** A second connection to the same library (auto-commit off), for work that must not hold the first. */
    abstract Connection newConnection() throws SQLException;

    /** Called once by {@link #close()} after the library's connection is closed, whether that succeeded or not. */
    abstract void released();

    /** The finest time the database keeps: H2 keeps nanoseconds, PostgreSQL microseconds. */
    abstract ChronoUnit timePrecision();

    /** {@code map} with its times as this library keeps them, so that what is compared is what was stored. */
    JourneyMap kept(JourneyMap map) {
        return map.withTimes(kept(map.created()), kept(map.modified()));
    }

    private Instant kept(Instant time) {
        return time == null ? null : time.truncatedTo(timePrecision());
    }

    @Override
    public synchronized List<ProjectSummary> list() {
        return inTransaction("list the projects", reader::summaries);
    }

    @Override
    public synchronized void create(JourneyMap map) {
        MapValidator.requireValid(map);
        inTransaction("create project '" + map.title() + "'", () -> {
            if (reader.exists(map.id())) {
                throw new LibraryException("A project with the id '" + map.id() + "' is already in the library "
                        + location() + "; it was not replaced.");
            }
            write(null, kept(map));
            return null;
        });
    }

    @Override
    public synchronized Optional<JourneyMap> load(String projectId) {
        return inTransaction("load project '" + projectId + "'", () -> reader.load(projectId));
    }

    @Override
    public synchronized void save(JourneyMap map) {
        MapValidator.requireValid(map);
        inTransaction("save project '" + map.title() + "'", () -> {
            saveStamped(map);
            return null;
        });
    }

    @Override
    public synchronized void rename(String projectId, String newTitle) {
        inTransaction("rename project '" + projectId + "'", () -> {
            JourneyMap stored = stored(projectId);
            JourneyMap renamed = stored.withTitle(newTitle).withTimes(stored.created(), kept(clock.instant()));
            write(stored, MapValidator.requireValid(renamed));
            return null;
        });
    }

    @Override
    public synchronized JourneyMap duplicate(String projectId, String newTitle) {
        return inTransaction("duplicate project '" + projectId + "'", () -> {
            // One renewal for the map and its versions: a version's cards keep the ids of the copy's.
            UnaryOperator<JourneyMap> renew = FreshIds.renewer(Ids::next);
            JourneyMap copy = MapValidator.requireValid(renew.apply(stored(projectId)).withTitle(newTitle)
                    .withTimes(kept(clock.instant()), kept(clock.instant())));
            write(null, copy);
            versions.copy(projectId, copy.id(), renew);
            return copy;
        });
    }

    @Override
    public synchronized void delete(String projectId) {
        inTransaction("delete project '" + projectId + "'", () -> {
            stored(projectId);
            new ProjectRows(sql, projectId).deleteProject();
            return null;
        });
    }

    /** The project's versions go with it: deleted with it, copied with a duplicate. */
    @Override
    public Optional<ProjectVersions> versions() {
        return Optional.of(versions);
    }

    /** The survey responses kept in this library, read through this library's connection. */
    public SurveyResponses surveyResponses() {
        return new SurveyResponses(this);
    }

    @Override
    public Optional<SurveyResponses> surveys() {
        return Optional.of(surveyResponses());
    }

    @Override
    public Optional<WorkshopHistory> workshopHistory() {
        return Optional.of(new WorkshopHistory(this));
    }

    @Override
    public Optional<RatingOriginStore> ratingOrigins() {
        return Optional.of(surveyResponses());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            sql.close();
        } catch (SQLException e) {
            throw new LibraryException("The library " + location() + " did not close cleanly ("
                    + LibraryErrors.firstLine(e) + "); every committed change is kept.", e);
        } finally {
            released();
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Rows inserted, updated or deleted since the library was opened: lets tests see what a save wrote. */
    synchronized long rowsWritten() {
        return sql.rowsWritten();
    }

    private JourneyMap stored(String projectId) throws SQLException {
        return reader.load(projectId).orElseThrow(() -> new LibraryException(
                "There is no project with the id '" + projectId + "' in the library " + location() + "."));
    }

    private void write(JourneyMap stored, JourneyMap wanted) throws SQLException {
        new IncrementalSave(new ProjectRows(sql, wanted.id())).write(stored, wanted);
    }

    /** Saves {@code map} inside a transaction that {@link #inTransaction} already holds. */
    void saveInTransaction(JourneyMap map) throws SQLException {
        MapValidator.requireValid(map);
        saveStamped(map);
    }

    /**
     * Writes what changed and, when anything did, stamps the project's last-modified time with the library's clock:
     * the map an editor holds keeps the time it was opened with, so its own {@code modified} says nothing.
     */
    private void saveStamped(JourneyMap map) throws SQLException {
        JourneyMap stored = stored(map.id());
        long before = sql.rowsWritten();
        write(stored, map.withTimes(kept(map.created()), stored.modified()));
        if (sql.rowsWritten() > before) {
            new ProjectRows(sql, map.id()).touch(kept(clock.instant()));
        }
    }

    /** The library's connection and statements, for {@link SurveyResponses}' reads inside {@link #inTransaction}. */
    Statements statements() {
        return sql;
    }

    /**
     * Runs {@code work} as one transaction on the library's connection; synchronized like every public call.
     * Called from inside another such call, it joins that transaction, which commits or rolls back the whole.
     */
    synchronized <T> T inTransaction(String action, Work<T> work) {
        if (closed) {
            throw new LibraryException("Could not " + action + ": the library " + location() + " is closed.");
        }
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.run();
            } catch (SQLException e) {
                throw LibraryErrors.during(action, location(), e);
            } finally {
                transactionDepth--;
            }
        }
        transactionDepth = 1;
        try {
            T result = work.run();
            sql.connection().commit();
            return result;
        } catch (SQLException e) {
            rollback(e);
            throw LibraryErrors.during(action, location(), e);
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        } finally {
            transactionDepth = 0;
        }
    }

    /** Whether the calling thread runs inside {@link #inTransaction} (only that thread can hold the monitor). */
    boolean holdsTransaction() {
        return Thread.holdsLock(this) && transactionDepth > 0;
    }

    private void rollback(Throwable cause) {
        try {
            sql.connection().rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** One unit of work inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }
}
