package org.journeystudio.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.journeystudio.i18n.Messages;

/**
 * Kept copies of the library, so that no damage can lose every project: the first open of each day copies the
 * library file, before anything is written to it, into {@code kept-copies/library-YYYY-MM-DD.mv.db} beside it
 * (in the per-user data folder for the default library), and the newest {@link #KEPT} copies are kept. When the
 * library cannot be opened, {@link #restoreNewest} puts back the newest copy that opens, keeping the damaged file.
 */
public final class LibraryCopies {
    /** How many daily copies are kept. */
    public static final int KEPT = 5;
    static final String FOLDER = "kept-copies";
    private static final String PREFIX = "library-";
    private static final String SUFFIX = ".mv.db";
    private static final Logger LOG = LoggerFactory.getLogger(LibraryCopies.class);

    private LibraryCopies() {
    }

    /** Copies the (good, not yet open) library file once a day; never fails the open. */
    static void keepTodays(Path folder, Path file, LocalDate today) {
        Path copies = folder.resolve(FOLDER);
        Path todays = copies.resolve(PREFIX + today + SUFFIX);
        if (Files.exists(todays)) {
            return;
        }
        try {
            Files.createDirectories(copies);
            AtomicFile.write(todays, out -> Files.copy(file, out));
            List<Path> kept = kept(folder);
            for (Path old : kept.subList(Math.min(KEPT, kept.size()), kept.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            LOG.warn("No copy of the library kept today: {}", e.toString());
        }
    }

    /** The kept copies of the library in {@code folder}, newest first. */
    public static List<Path> kept(Path folder) {
        List<Path> copies = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder.resolve(FOLDER), PREFIX + "*" + SUFFIX)) {
            files.forEach(copies::add);
        } catch (IOException e) {
            return List.of();
        }
        copies.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return copies;
    }

    /** "2026-12-03" for a kept copy's file. */
    public static String dateOf(Path copy) {
        String name = copy.getFileName().toString();
        return name.substring(PREFIX.length(), name.length() - SUFFIX.length());
    }

    /**
     * Puts back the newest kept copy that opens as a library, after moving the library file that cannot be opened
     * aside (it is renamed, never deleted); returns the copy put back.
     */
    public static Path restoreNewest(Path folder) {
        Path file = folder.resolve(LibraryOpener.FILE_NAME);
        try (LibraryLock lock = LibraryLock.take(folder)) {
            for (Path copy : kept(folder)) {
                if (!opens(copy)) {
                    continue;
                }
                if (Files.exists(file)) {
                    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
                    Files.move(file, folder.resolve(LibraryOpener.FILE_NAME + ".damaged-" + stamp));
                }
                AtomicFile.write(file, out -> Files.copy(copy, out));
                LOG.info("Library restored from the copy kept on {}", dateOf(copy));
                return copy;
            }
        } catch (IOException e) {
            throw new LibraryException(Messages.text("storage.notRestored", folder, e.getMessage()), e);
        }
        throw new LibraryException(Messages.text("storage.noKeptCopy", folder, folder.resolve(FOLDER)));
    }

    /** True when a copy opens as a library: tried on a scratch copy, so the kept one is never written. */
    private static boolean opens(Path copy) throws IOException {
        Path scratch = Files.createTempDirectory("journey-studio-restore-");
        try {
            Files.copy(copy, scratch.resolve(LibraryOpener.FILE_NAME));
            try (H2Library library = H2Library.open(scratch)) {
                library.list();
                return true;
            } catch (LibraryException e) {
                return false;
            }
        } finally {
            try (var files = Files.walk(scratch)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
