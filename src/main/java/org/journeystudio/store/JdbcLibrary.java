package org.journeystudio.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.journeystudio.edit.merge.ThreeWayMerge;
import org.journeystudio.i18n.Messages;
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
    private final VersionRows rowVersions;
    private final SharedItems shared = new SharedItems(this);
    /** The name stamped on every change this library saves: the user's, set in the settings. */
    private volatile String author = System.getProperty("user.name", "");
    private boolean closed;
    /** How deep the running {@link #inTransaction} calls are nested; only the outermost commits. */
    private int transactionDepth;

    JdbcLibrary(Clock clock, Statements sql) {
        this.clock = clock;
        this.sql = sql;
        this.reader = new ProjectReader(sql);
        this.versions = new LibraryVersions(this, clock);
        this.rowVersions = new VersionRows(sql);
    }

    /** Names the user stamped on every change saved from now on (blank: the operating system's user name). */
    public void signAs(String name) {
        author = name == null || name.isBlank() ? System.getProperty("user.name", "") : name.strip();
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
        return inTransaction(Messages.text("storage.action.listProjects"), reader::summaries);
    }

    @Override
    public synchronized void create(JourneyMap map) {
        MapValidator.requireValid(map);
        inTransaction(Messages.text("storage.action.createProject", map.title()), () -> {
            if (reader.exists(map.id())) {
                throw new LibraryException(Messages.text("storage.projectExists", map.id(), location()));
            }
            write(null, kept(map));
            return null;
        });
    }

    @Override
    public synchronized Optional<JourneyMap> load(String projectId) {
        return inTransaction(Messages.text("storage.action.loadProject", projectId), () -> reader.load(projectId));
    }

    /** The project with its rows' versions, the base of {@link #save(LoadedProject, JourneyMap)}. */
    public synchronized Optional<LoadedProject> loadWithVersions(String projectId) {
        return inTransaction(Messages.text("storage.action.loadProject", projectId), () -> {
            Optional<RowVersions> found = rowVersions.read(projectId);
            return found.isEmpty() ? Optional.empty()
                    : reader.load(projectId).map(map -> new LoadedProject(map, found.get()));
        });
    }

    /** The project's version, raised by every save that writes to it; empty when there is no such project. */
    public synchronized OptionalLong projectVersion(String projectId) {
        return inTransaction(Messages.text("storage.action.readVersion", projectId),
                () -> rowVersions.projectVersion(projectId));
    }

    /**
     * Saves what {@code mine} changed against {@code base} over what the library holds now, keeping what others
     * saved meanwhile to other rows; writes nothing and names the conflicts when a touchpoint or the project's own
     * fields changed here were also changed (or deleted) by someone else since {@code base} was loaded.
     */
    public synchronized SaveOutcome save(LoadedProject base, JourneyMap mine) {
        MapValidator.requireValid(mine);
        String id = mine.id();
        return inTransaction(Messages.text("storage.action.saveProject", mine.title()), () -> {
            lockedOrMissing(id);
            JourneyMap theirs = stored(id);
            RowVersions now = rowVersions.read(id).orElseThrow();
            List<RowConflict> conflicts = SaveConflicts.find(base, mine, now, theirs);
            if (!conflicts.isEmpty()) {
                return new SaveOutcome.Conflicted(conflicts, new LoadedProject(theirs, now));
            }
            JourneyMap merged = MapValidator.requireValid(ThreeWayMerge.byElement(base.map(), mine, theirs));
            Instant modified = writeOver(theirs, merged, now);
            return new SaveOutcome.Saved(new LoadedProject(merged.withTimes(theirs.created(), modified),
                    rowVersions.read(id).orElseThrow()));
        });
    }

    @Override
    public synchronized void save(JourneyMap map) {
        MapValidator.requireValid(map);
        inTransaction(Messages.text("storage.action.saveProject", map.title()), () -> {
            saveStamped(map);
            return null;
        });
    }

    @Override
    public synchronized void rename(String projectId, String newTitle) {
        inTransaction(Messages.text("storage.action.renameProject", projectId), () -> {
            lockedOrMissing(projectId);
            JourneyMap stored = stored(projectId);
            writeOver(stored, MapValidator.requireValid(stored.withTitle(newTitle)),
                    rowVersions.read(projectId).orElseThrow());
            return null;
        });
    }

    @Override
    public synchronized JourneyMap duplicate(String projectId, String newTitle) {
        return inTransaction(Messages.text("storage.action.duplicateProject", projectId), () -> {
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
        inTransaction(Messages.text("storage.action.deleteProject", projectId), () -> {
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
    public Optional<SharedItems> sharedItems() {
        return Optional.of(shared);
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
            throw new LibraryException(Messages.text("storage.closeNotClean", location(),
                    LibraryErrors.firstLine(e)), e);
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
                Messages.text("projects.noProjectWithId", projectId, location())));
    }

    /** Writes a new project. */
    private void write(JourneyMap stored, JourneyMap wanted) throws SQLException {
        new IncrementalSave(new ProjectRows(sql, wanted.id(), stamp(), Map.of())).write(stored, wanted);
    }

    private ProjectRows.ChangeStamp stamp() {
        return new ProjectRows.ChangeStamp(author, kept(clock.instant()));
    }

    /** Locks the project's row for this transaction, or says that there is no such project. */
    private void lockedOrMissing(String projectId) throws SQLException {
        if (!rowVersions.lock(projectId)) {
            stored(projectId);
        }
    }

    /**
     * Writes {@code wanted} over {@code stored}, whose rows have {@code versions}, and when anything changed raises
     * the project's version and stamps its last-modified time with the library's clock (the map an editor holds keeps
     * the time it was opened with, so its own {@code modified} says nothing). Returns the project's last-modified
     * time after the save.
     */
    private Instant writeOver(JourneyMap stored, JourneyMap wanted, RowVersions versions) throws SQLException {
        Instant modified = writeOnly(stored, wanted, versions);
        // What this save changed in shared items goes to their other uses, in the same transaction.
        shared.spread(stored, wanted);
        return modified;
    }

    /** {@link #writeOver} without passing shared items on: the project's own rows only. */
    private Instant writeOnly(JourneyMap stored, JourneyMap wanted, RowVersions versions) throws SQLException {
        ProjectRows.ChangeStamp stamp = stamp();
        ProjectRows rows = new ProjectRows(sql, wanted.id(), stamp, versions.touchpoints());
        long before = sql.rowsWritten();
        new IncrementalSave(rows).write(stored, wanted.withTimes(kept(wanted.created()), stored.modified()));
        if (sql.rowsWritten() == before) {
            return stored.modified();
        }
        rows.recordSave(stamp.at(), versions.project().version());
        announce(wanted.id(), versions.project().version() + 1);
        return stamp.at();
    }

    /**
     * Tells other studios, when the transaction commits, that the project moved to {@code version}; a local library
     * has no one to tell.
     */
    void announce(String projectId, long version) throws SQLException {
        // Nothing by default: only a team library has other studios.
    }

    /** Saves {@code map} inside a transaction that {@link #inTransaction} already holds. */
    void saveInTransaction(JourneyMap map) throws SQLException {
        MapValidator.requireValid(map);
        saveStamped(map);
    }

    /**
     * Writes {@code map} over whatever the library holds (the last save wins, as for a single user's library); a
     * team's editors save through {@link #save(LoadedProject, JourneyMap)} instead.
     */
    private void saveStamped(JourneyMap map) throws SQLException {
        lockedOrMissing(map.id());
        writeOver(stored(map.id()), map, rowVersions.read(map.id()).orElseThrow());
    }

    /** The project as stored, inside {@link #inTransaction}; throws when there is no such project. */
    JourneyMap storedMap(String projectId) throws SQLException {
        return stored(projectId);
    }

    /**
     * Writes {@code map} over the stored project, inside {@link #inTransaction}, as a save stamped by this studio
     * that does not pass shared items on: {@link SharedItems} changes every use itself.
     */
    void rewrite(JourneyMap map) throws SQLException {
        MapValidator.requireValid(map);
        lockedOrMissing(map.id());
        writeOnly(stored(map.id()), map, rowVersions.read(map.id()).orElseThrow());
    }

    /** The library's connection and statements, for {@link SurveyResponses}' reads inside {@link #inTransaction}. */
    Statements statements() {
        return sql;
    }

    /**
     * Runs {@code work} as one transaction on the library's connection; synchronized like every public call.
     * {@code action} is what it does in the user's words, from the bundle ({@code storage.action.…}).
     * Called from inside another such call, it joins that transaction, which commits or rolls back the whole.
     */
    synchronized <T> T inTransaction(String action, Work<T> work) {
        if (closed) {
            throw new LibraryException(Messages.text("storage.closed", action, location()));
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
            if (!sql.alive() && reconnect()) {
                // The server dropped the connection: the transaction was lost whole, so it runs again on a new one.
                try {
                    T result = work.run();
                    sql.connection().commit();
                    return result;
                } catch (SQLException again) {
                    rollback(again);
                    throw LibraryErrors.during(action, location(), again);
                }
            }
            throw LibraryErrors.during(action, location(), e);
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        } finally {
            transactionDepth = 0;
        }
    }

    /** Opens a new connection after the server dropped the library's one; false when this library cannot. */
    private boolean reconnect() {
        Connection fresh = reconnected();
        if (fresh == null) {
            return false;
        }
        sql.replaceConnection(fresh);
        return true;
    }

    /** A new connection to the same library, or null when a lost connection is not reopened (a local file). */
    Connection reconnected() {
        return null;
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
