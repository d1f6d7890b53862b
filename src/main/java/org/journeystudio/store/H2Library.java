package org.journeystudio.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.MapValidator;

/**
 * The default library: one embedded H2 file database in a folder, its schema kept by Flyway migrations.
 * One connection is held for the library's whole life; that keeps the file locked against a second process.
 * Every public call is one transaction, rolled back whole when anything in it fails.
 */
public final class H2Library implements ProjectLibrary {
    /** Folders open in this JVM: H2 would share one database between two openings, hiding a mistake. */
    private static final Set<Path> OPEN_FOLDERS = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final Clock clock;
    private final Statements sql;
    /** Held from open to close: tells a second studio which process has the library. */
    private final LibraryLock lock;
    private final ProjectReader reader;
    private final LibraryVersions versions;
    /** Workshop connections still open: closed with the library so that the file is released. */
    private final Set<WorkshopAnswers> workshopConnections = ConcurrentHashMap.newKeySet();
    private boolean closed;
    /** How deep the running {@link #inTransaction} calls are nested; only the outermost commits. */
    private int transactionDepth;

    private H2Library(Path folder, Clock clock, Statements sql, LibraryLock lock) {
        this.folder = folder;
        this.lock = lock;
        this.clock = clock;
        this.sql = sql;
        this.reader = new ProjectReader(sql);
        this.versions = new LibraryVersions(this, clock);
    }

    /** Opens (creating if needed) the library in {@code folder}; fails with a clear {@link LibraryException}. */
    public static H2Library open(Path folder) {
        return open(folder, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps renames and duplicates. */
    static H2Library open(Path folder, Clock clock) {
        return open(folder, clock, SchemaMigrations.STANDARD);
    }

    /** As {@link #open(Path)}, with the migrations to apply: tests use it to play a later schema version. */
    static H2Library open(Path folder, Clock clock, SchemaMigrations migrations) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!OPEN_FOLDERS.add(absolute)) {
            throw new LibraryException("This library is already open in this Journey Studio: " + absolute);
        }
        LibraryLock lock = null;
        try {
            LibraryOpener.requireFolder(absolute);
            lock = LibraryLock.take(absolute);
            return new H2Library(absolute, clock, new Statements(LibraryOpener.open(absolute, migrations)), lock);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            OPEN_FOLDERS.remove(absolute);
            throw e;
        }
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
                        + folder + "; it was not replaced.");
            }
            write(null, map);
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
            JourneyMap renamed = stored.withTitle(newTitle).withTimes(stored.created(), clock.instant());
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
                    .withTimes(clock.instant(), clock.instant()));
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
        new ThumbnailCache(folder).forget(projectId);
    }

    /** The project's versions go with it: deleted with it, copied with a duplicate. */
    @Override
    public Optional<ProjectVersions> versions() {
        return Optional.of(versions);
    }

    @Override
    public Optional<ThumbnailCache> thumbnailCache() {
        return Optional.of(new ThumbnailCache(folder));
    }

    @Override
    public Path location() {
        return folder;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (WorkshopAnswers answers : List.copyOf(workshopConnections)) {
                answers.close();
            }
            sql.close();
        } catch (SQLException e) {
            throw new LibraryException("The library " + folder + " did not close cleanly ("
                    + LibraryErrors.firstLine(e) + "); every committed change is kept.", e);
        } finally {
            lock.close();
            OPEN_FOLDERS.remove(folder);
        }
    }

    /** Rows inserted, updated or deleted since the library was opened: lets tests see what a save wrote. */
    synchronized long rowsWritten() {
        return sql.rowsWritten();
    }

    private JourneyMap stored(String projectId) throws SQLException {
        return reader.load(projectId).orElseThrow(() -> new LibraryException(
                "There is no project with the id '" + projectId + "' in the library " + folder + "."));
    }

    private void write(JourneyMap stored, JourneyMap wanted) throws SQLException {
        new IncrementalSave(new ProjectRows(sql, wanted.id())).write(stored, wanted);
    }

    /** The survey responses kept in this library, read through this library's connection. */
    public SurveyResponses surveyResponses() {
        return new SurveyResponses(this);
    }

    @Override
    public Optional<SurveyResponses> surveys() {
        return Optional.of(surveyResponses());
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
        write(stored, map.withTimes(map.created(), stored.modified()));
        if (sql.rowsWritten() > before) {
            new ProjectRows(sql, map.id()).touch(clock.instant());
        }
    }

    /**
     * The live workshop answers, on a connection of their own so that phones and the editor do not wait for each
     * other; close it when the session ends (the library closes any still open).
     */
    public synchronized WorkshopAnswers workshopAnswers() {
        if (closed) {
            throw new LibraryException("Could not start a workshop: the library " + folder + " is closed.");
        }
        WorkshopAnswers[] opened = new WorkshopAnswers[1];
        opened[0] = WorkshopAnswers.open(folder, () -> workshopConnections.remove(opened[0]));
        workshopConnections.add(opened[0]);
        return opened[0];
    }

    @Override
    public Optional<RatingOriginStore> ratingOrigins() {
        return Optional.of(surveyResponses());
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
            throw new LibraryException("Could not " + action + ": the library " + folder + " is closed.");
        }
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.run();
            } catch (SQLException e) {
                throw LibraryErrors.during(action, folder, e);
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
            throw LibraryErrors.during(action, folder, e);
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
