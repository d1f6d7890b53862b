package org.journeystudio.model;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.journeystudio.i18n.Messages;

/**
 * Opens a file a user gave for reading, within its {@link Limits.FileLimit}: a folder, a device such as
 * {@code /dev/zero} or a pipe is refused before it is opened (opening a pipe would wait for a writer), a larger
 * file before a byte is read, and a file that grows past the limit while it is read is cut off there.
 */
public final class BoundedFile {
    private BoundedFile() {
    }

    /** The file's bytes as a stream that fails with {@link LimitExceededException} past the limit. */
    public static InputStream open(Path file, Limits.FileLimit limit) throws IOException {
        requireReadable(file, limit);
        return new CappedStream(Files.newInputStream(file), file, limit);
    }

    /** All of the file's bytes, refused as {@link #open} refuses. */
    public static byte[] readAll(Path file, Limits.FileLimit limit) throws IOException {
        try (InputStream in = open(file, limit)) {
            return in.readAllBytes();
        }
    }

    /** Refuses what {@link #open} refuses, without opening the file. */
    public static void requireReadable(Path file, Limits.FileLimit limit) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            if (limit.key() != null) {
                throw new LimitExceededException(name(file), Messages.text((attributes.isDirectory()
                        ? "imports.folder." : "imports.device.") + limit.key()));
            }
            String what = attributes.isDirectory() ? "a folder" : "a device or pipe, which may never end";
            throw new LimitExceededException(name(file), "This is " + what + ", not a " + limit.kind()
                    + "; give the path of a " + limit.kind() + " saved on disk");
        }
        if (attributes.size() > limit.maxBytes()) {
            if (limit.key() != null) {
                throw new LimitExceededException(name(file), Messages.text("imports.tooLarge." + limit.key(),
                        Limits.bytesShown(attributes.size()), Limits.bytesShown(limit.maxBytes())));
            }
            throw tooLarge(file, Limits.bytes(attributes.size()), limit);
        }
    }

    private static LimitExceededException tooLarge(Path file, String amount, Limits.FileLimit limit) {
        return new LimitExceededException(name(file), Limits.message("The file", amount,
                Limits.bytes(limit.maxBytes()) + " for a " + limit.kind(), limit.advice()));
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** Counts what is read and stops one byte past the limit, for a file that grows after its size was checked. */
    private static final class CappedStream extends FilterInputStream {
        private final Path file;
        private final Limits.FileLimit limit;
        private long read;

        CappedStream(InputStream in, Path file, Limits.FileLimit limit) {
            super(in);
            this.file = file;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            if (count > 0) {
                counted(count);
            }
            return count;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false; // a reset would make the count wrong
        }

        private void counted(long bytes) throws LimitExceededException {
            read += bytes;
            if (read > limit.maxBytes() && limit.key() != null) {
                throw new LimitExceededException(name(file), Messages.text("imports.grew." + limit.key(),
                        Limits.bytesShown(limit.maxBytes())));
            }
            if (read > limit.maxBytes()) {
                throw tooLarge(file, "more than " + Limits.bytes(limit.maxBytes()) + " (it grew while being read)",
                        limit);
            }
        }
    }
}
