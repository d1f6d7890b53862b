package org.journeystudio.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.journeystudio.i18n.Messages;

/**
 * Opens the library's H2 file: checks the folder, refuses foreign or newer files before writing a byte,
 * keeps a copy before a schema upgrade, connects and migrates.
 */
final class LibraryOpener {
    static final String DATABASE_NAME = "library";
    static final String FILE_NAME = DATABASE_NAME + ".mv.db";
    static final String USER = "sa";
    static final String PASSWORD = "";

    /*
     * FILE_LOCK=FS: the operating system locks library.mv.db while it is open, so a second process fails with
     *   error 90020 ("Database may be already in use"). H2's default, FILE, also refuses a second process, but
     *   through a library.lock.db file that a killed process leaves behind: the next start then waits seconds
     *   to take the stale lock over, and a read-only look at the file (our check for foreign files) is refused
     *   outright. An OS lock dies with its process. See docs/decisions/0002-h2-library-locking.md.
     * WRITE_DELAY=0: each commit is written to the file before commit() returns, so a killed process loses
     *   at most the edit in flight (H2's default waits up to 500 ms).
     * REUSE_SPACE=FALSE: new chunks are always written at the end of the file. With H2's default, once chunks
     *   are older than the 45 s retention time their space is reused, and a studio killed with SIGKILL then lost
     *   40-70 edits it had already committed (KillTest found it; RETENTION_TIME=600000 or this option both make it
     *   pass). The cost is a file that grows while the library is open; see decision 0002.
     * MAX_COMPACT_TIME=0: no file compaction while closing. In H2 2.3.232 that step trips an internal
     *   assertion (H2 issue #4086) and has been reported to lose recently written rows (#4247); free space
     *   inside the file is still reused while the library is open.
     * DB_CLOSE_DELAY is left at its default (0): the library holds one connection for its whole life, and
     *   closing that connection closes the database and releases the lock at once. (-1 would keep the file
     *   locked until the JVM ends, even after close().)
     */
    private static final String OPTIONS = ";FILE_LOCK=FS;WRITE_DELAY=0;MAX_COMPACT_TIME=0;REUSE_SPACE=FALSE";

    private LibraryOpener() {
    }

    static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve(DATABASE_NAME) + OPTIONS;
    }

    /** For the first look at an existing file: never creates, never writes, and leaves no trace file behind. */
    static String readOnlyUrl(Path folder) {
        return "jdbc:h2:file:" + folder.resolve(DATABASE_NAME)
                + ";FILE_LOCK=FS;ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
    }

    /** An open connection (auto-commit off) to the migrated library in {@code folder}. */
    static Connection open(Path folder, SchemaMigrations migrations) {
        requireFolder(folder);
        Path file = folder.resolve(FILE_NAME);
        Path copy = null;
        boolean upToDate = false;
        if (!Files.exists(file)) {
            createWhole(folder, file, migrations);
            upToDate = true;
        } else if (sizeOf(file) > 0) {
            ExistingLibraryCheck.SchemaState state =
                    new ExistingLibraryCheck(folder, file, readOnlyUrl(folder), migrations).check();
            upToDate = state.currentVersion() != null && state.pendingMigrations() == 0;
            if (state.needsUpgrade()) {
                copy = keepCopyBeforeUpgrade(file, state.currentVersion());
            } else {
                LibraryCopies.keepTodays(folder, file, java.time.LocalDate.now());
                LibraryCompaction.ifWorthIt(folder, file);
            }
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(url(folder), USER, PASSWORD);
        } catch (SQLException e) {
            throw LibraryErrors.opening(folder, file, e);
        }
        try {
            // The read-only check has already run Flyway's info and validation: when nothing is pending, a second
            // Flyway (its scan and validation again) would only cost start-up time.
            if (!upToDate) {
                migrations.configure(dataSource(folder)).load().migrate();
            }
            connection.setAutoCommit(false);
            return connection;
        } catch (FlywayException | SQLException e) {
            closeQuietly(connection);
            throw new LibraryException(copy == null
                    ? Messages.text("storage.upgradeFailed", folder, LibraryErrors.firstLine(e))
                    : Messages.text("storage.upgradeFailedCopyKept", folder, LibraryErrors.firstLine(e), copy), e);
        }
    }

    /**
     * Builds a new library in a folder of its own and moves the finished file into place, so a studio killed
     * during its very first start leaves no half-made library behind (H2 commits each CREATE TABLE at once).
     */
    private static void createWhole(Path folder, Path file, SchemaMigrations migrations) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory(folder, ".library-being-created-");
            try (Connection keepsDatabaseOpen = DriverManager.getConnection(url(staging), USER, PASSWORD)) {
                migrations.configure(dataSource(staging)).load().migrate();
            }
            moveIntoPlace(staging.resolve(FILE_NAME), file);
        } catch (IOException | SQLException | FlywayException e) {
            throw new LibraryException(Messages.text("storage.cannotCreate", folder,
                    LibraryErrors.firstLine(e)), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void moveIntoPlace(Path built, Path file) throws IOException {
        try {
            Files.move(built, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(built, file);
        } catch (FileAlreadyExistsException e) {
            // Another studio created the library at the same moment; opening it goes on as for any library.
        }
    }

    private static void deleteQuietly(Path staging) {
        if (staging == null) {
            return;
        }
        try (Stream<Path> files = Files.list(staging)) {
            for (Path leftover : files.toList()) {
                Files.deleteIfExists(leftover);
            }
            Files.deleteIfExists(staging);
        } catch (IOException ignored) {
            // A hidden, empty-ish folder left behind costs nothing; the library itself is in place.
        }
    }

    static void requireFolder(Path folder) {
        if (folder.toString().contains(";")) {
            throw new LibraryException(Messages.text("storage.semicolonInPath", folder));
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new LibraryException(Messages.text("storage.fileNotFolder", folder));
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LibraryException(Messages.text("storage.folderNotCreated", folder, e.getMessage()), e);
        }
        if (!Files.isWritable(folder)) {
            throw new LibraryException(Messages.text("storage.folderNotWritable", folder));
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new LibraryException(Messages.text("storage.fileUnreadable", file, e.getMessage()), e);
        }
    }

    /** A schema upgrade rewrites the file; the copy lets a user go back to the previous Journey Studio. */
    private static Path keepCopyBeforeUpgrade(Path file, String version) {
        Path copy = file.resolveSibling(DATABASE_NAME + "-schema-v" + version + "-backup.mv.db");
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            return copy;
        } catch (IOException e) {
            throw new LibraryException(Messages.text("storage.copyBeforeUpgrade", file.getParent(), copy,
                    e.getMessage()), e);
        }
    }

    /** The library's database as Flyway (and tests) reach it. */
    static JdbcDataSource dataSource(Path folder) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url(folder));
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        return dataSource;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing with a clearer message; a failed close adds nothing the user can act on.
        }
    }
}
