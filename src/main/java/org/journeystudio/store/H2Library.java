package org.journeystudio.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.journeystudio.i18n.Messages;

/**
 * The default library: one embedded H2 file database in a folder, its schema kept by Flyway migrations.
 * One connection is held for the library's whole life; that keeps the file locked against a second process.
 * Every public call is one transaction, rolled back whole when anything in it fails.
 */
public final class H2Library extends JdbcLibrary {
    /** Folders open in this JVM: H2 would share one database between two openings, hiding a mistake. */
    private static final Set<Path> OPEN_FOLDERS = ConcurrentHashMap.newKeySet();

    private final Path folder;
    /** Held from open to close: tells a second studio which process has the library. */
    private final LibraryLock lock;
    /** Workshop connections still open: closed with the library so that the file is released. */
    private final Set<WorkshopAnswers> workshopConnections = ConcurrentHashMap.newKeySet();

    private H2Library(Path folder, Clock clock, Statements sql, LibraryLock lock) {
        super(clock, sql);
        this.folder = folder;
        this.lock = lock;
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
            throw new LibraryException(Messages.text("storage.alreadyOpen", absolute));
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
    public void delete(String projectId) {
        super.delete(projectId);
        new ThumbnailCache(folder).forget(projectId);
    }

    @Override
    public Optional<ThumbnailCache> thumbnailCache() {
        return Optional.of(new ThumbnailCache(folder));
    }

    @Override
    public String location() {
        return folder.toString();
    }

    /** The folder that holds the library's file. */
    public Path folder() {
        return folder;
    }

    @Override
    public synchronized void close() {
        try {
            for (WorkshopAnswers answers : List.copyOf(workshopConnections)) {
                answers.close();
            }
        } finally {
            super.close();
        }
    }

    @Override
    Connection newConnection() throws SQLException {
        Connection connection = DriverManager.getConnection(LibraryOpener.url(folder), LibraryOpener.USER,
                LibraryOpener.PASSWORD);
        connection.setAutoCommit(false);
        return connection;
    }

    @Override
    ChronoUnit timePrecision() {
        return ChronoUnit.NANOS;
    }

    @Override
    void released() {
        lock.close();
        OPEN_FOLDERS.remove(folder);
    }

    /**
     * The live workshop answers, on a connection of their own so that phones and the editor do not wait for each
     * other; close it when the session ends (the library closes any still open).
     */
    public synchronized WorkshopAnswers workshopAnswers() {
        if (isClosed()) {
            throw new LibraryException(Messages.text("storage.closed", Messages.text(
                    "storage.action.startWorkshop"), folder));
        }
        WorkshopAnswers[] opened = new WorkshopAnswers[1];
        opened[0] = WorkshopAnswers.open(folder, () -> workshopConnections.remove(opened[0]));
        workshopConnections.add(opened[0]);
        return opened[0];
    }
}
