package org.journeystudio.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Writes a file whole or not at all: into a hidden part-file beside the target, then moved into place. A crash,
 * a failure or a cancel leaves any earlier file untouched and never a half-written one. The part-file's name
 * carries the writer's process id, so the next write of the same file removes what a killed process left.
 */
public final class AtomicFile {
    private static final String PART_SUFFIX = ".part";

    private AtomicFile() {
    }

    /** What fills the file; it may throw to abandon the write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the folder does not exist");
        }
        // Not Files.createTempFile: its owner-only permissions would stay on the finished file.
        Path temporary = target.resolveSibling(partPrefix(target) + ProcessHandle.current().pid() + "."
                + UUID.randomUUID() + PART_SUFFIX);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        removeAbandonedParts(target);
    }

    private static String partPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** Deletes the part-files of {@code target} whose writing process has ended (it was killed mid-write). */
    private static void removeAbandonedParts(Path target) {
        String prefix = partPrefix(target);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(target.getParent(),
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(PART_SUFFIX))) {
            for (Path part : parts) {
                String rest = part.getFileName().toString().substring(prefix.length());
                int dot = rest.indexOf('.');
                OptionalLong pid = dot < 0 ? OptionalLong.empty() : parsePid(rest.substring(0, dot));
                if (pid.isPresent() && ProcessHandle.of(pid.getAsLong()).isEmpty()) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException e) {
            // Only tidiness is at stake: the file itself was written.
        }
    }

    private static OptionalLong parsePid(String text) {
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
