package org.journeystudio.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The home list's map pictures kept as PNG files in the library folder's {@code thumbnails} folder, one per project
 * and size, named after the version they show. Drawing one means loading the whole map (a second or more for a
 * 1,000-card map on a slow laptop), which every start-up used to do again for every project (issue 18). A file
 * that cannot be read or written only means drawing again.
 */
public final class ThumbnailCache {
    static final String FOLDER = "thumbnails";
    private static final String SEPARATOR = "@";

    private final Path folder;

    public ThumbnailCache(Path libraryFolder) {
        this.folder = libraryFolder.resolve(FOLDER);
    }

    /** The picture of the project's version last modified at {@code modified}, if one was kept. */
    public Optional<byte[]> read(String projectId, Instant modified, int width, int height) {
        try {
            return Optional.of(Files.readAllBytes(file(projectId, modified, width, height)));
        } catch (IOException notKept) {
            return Optional.empty();
        }
    }

    /** Keeps the picture, replacing those of the project's earlier versions at that size. */
    public void write(String projectId, Instant modified, int width, int height, byte[] png) throws IOException {
        Files.createDirectories(folder);
        Path file = file(projectId, modified, width, height);
        AtomicFile.write(file, out -> out.write(png));
        String sameProject = prefix(projectId);
        String sameSize = size(width, height);
        try (DirectoryStream<Path> kept = Files.newDirectoryStream(folder, sameProject + "*" + sameSize)) {
            for (Path older : kept) {
                if (!older.equals(file)) {
                    Files.deleteIfExists(older);
                }
            }
        }
    }

    /** Drops every picture of a project (it was deleted); one that cannot be deleted stays, never shown again. */
    public void forget(String projectId) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> kept = Files.newDirectoryStream(folder, prefix(projectId) + "*")) {
            for (Path file : kept) {
                Files.deleteIfExists(file);
            }
        } catch (IOException leftBehind) {
            // Named after a version of a project that no longer exists, so never read again.
        }
    }

    private Path file(String projectId, Instant modified, int width, int height) {
        return folder.resolve(prefix(projectId) + modified.toEpochMilli() + size(width, height));
    }

    /** The project's part of a name: its id where that is safe in a file name on every system, else a hash. */
    private static String prefix(String projectId) {
        if (projectId.matches("[A-Za-z0-9_-]{1,80}")) {
            return projectId + SEPARATOR;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(projectId.getBytes(StandardCharsets.UTF_8));
            return "h" + HexFormat.of().formatHex(hash) + SEPARATOR;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String size(int width, int height) {
        return SEPARATOR + width + "x" + height + ".png";
    }
}
