package org.journeystudio.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.journeystudio.i18n.Messages;

/**
 * The studio's own lock on a library folder: {@code library.lock} holds the pid of the process that has the
 * library open, under an operating-system lock that dies with that process. A second studio is told which
 * process holds the library; a lock left by a killed studio is simply taken over, since the OS has dropped it.
 * H2's own lock on the database file stays as the last guard (see docs/decisions/0002-h2-library-locking.md).
 */
final class LibraryLock implements AutoCloseable {
    static final String FILE_NAME = "library.lock";
    /**
     * The locked byte lies far past the pid text: Windows locks are mandatory, and locking the text itself
     * would keep the second studio from reading whose lock it is.
     */
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock on {@code folder} (which exists), or says which process holds it. */
    static LibraryLock take(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock(LOCKED_BYTE, 1, false);
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw LibraryErrors.inUseBy(folder, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
                    0);
            return new LibraryLock(file, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LibraryException(Messages.text("storage.cannotLock", folder, e.getMessage()), e);
        }
    }

    /** The pid written in the lock file, or an empty text when it cannot be read yet. */
    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer text = ByteBuffer.allocate(32);
        channel.read(text, 0);
        String pid = new String(text.array(), 0, text.position(), StandardCharsets.US_ASCII).strip();
        return pid.matches("\\d{1,19}") ? pid : "";
    }

    /** Removes the lock file while still holding it, then releases it: a clean close leaves no lock behind. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases the lock all the same; a leftover file is taken over next time.
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was locked through it, or the lock goes with the channel anyway.
        }
    }
}
