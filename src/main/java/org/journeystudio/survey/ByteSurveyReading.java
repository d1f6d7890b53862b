package org.journeystudio.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeystudio.i18n.Messages;

/**
 * Reads a survey with {@link ByteTallier}s: in one pass, or for large files in many parts on every core, each
 * thread taking the next part when it is done with one, so the cores stay busy to the end even when one of them
 * is also compiling. Each part starts just after a line feed and ends where it reaches the start of a later part
 * as a record start; {@link ByteParts} joins them in file order. If a line feed was inside a quoted field, the
 * part before it reads on past it and the part starting there is dropped, so quoted newlines never split a
 * record.
 */
final class ByteSurveyReading {
    /** Files at least this big are read in parts on several threads. */
    static final long SPLIT_MIN_BYTES = 8L << 20;
    /** Parts per thread: enough that a thread slowed down for a while leaves little to wait for at the end. */
    private static final int PARTS_PER_THREAD = 8;
    private static final long MIN_PART_BYTES = 1L << 20;
    private static final long MAX_PART_BYTES = 32L << 20;
    /** How far past a part's nominal start a line feed is looked for; without one the part is joined to the last. */
    private static final int LINE_FEED_SEARCH = 1 << 20;

    private ByteSurveyReading() {
    }

    static SurveyTally tally(TallyPlan plan) {
        int threads = Runtime.getRuntime().availableProcessors();
        long size = sizeOf(plan);
        if (threads < 2 || size < SPLIT_MIN_BYTES) {
            return tally(plan, ByteTallier.BUFFER_SIZE, Long.MAX_VALUE, 1);
        }
        long partBytes = Math.max(MIN_PART_BYTES, Math.min(MAX_PART_BYTES, size / ((long) PARTS_PER_THREAD * threads)));
        return tally(plan, ByteTallier.BUFFER_SIZE, partBytes, threads);
    }

    /**
     * With a chosen buffer size (tests use tiny buffers so that records straddle every refill), the nominal size
     * of a part ({@code Long.MAX_VALUE}: the whole file) and the number of threads.
     */
    static SurveyTally tally(TallyPlan plan, int bufferSize, long partBytes, int threads) {
        SurveyEncoding encoding = plan.format().encoding();
        if (!encoding.asciiCompatible()) {
            throw new IllegalArgumentException("the byte reader cannot read " + encoding.charset());
        }
        Path file = plan.format().file();
        try {
            long[] starts = partStarts(file, encoding.bomLength(), Files.size(file), partBytes);
            if (starts.length > 1) {
                ByteParts parts = new ByteParts(plan, starts);
                readInParallel(plan, bufferSize, parts, threads);
                if (parts.complete()) {
                    return parts.tally();
                }
                // A part on the way failed: read the whole file in one go so the error carries its true line number.
            }
            ByteParts whole = new ByteParts(plan, new long[] {encoding.bomLength()});
            whole.done(0, readPart(plan, bufferSize, whole.starts(), 0));
            return whole.tally();
        } catch (IOException e) {
            throw SurveyReader.unreadable(plan.format().source(), e);
        }
    }

    private static long sizeOf(TallyPlan plan) {
        try {
            return Files.size(plan.format().file());
        } catch (IOException e) {
            throw SurveyReader.unreadable(plan.format().source(), e);
        }
    }

    /** Reads part {@code index} to where it meets a later part as a record start, or to the end. */
    private static ByteTallier readPart(TallyPlan plan, int bufferSize, long[] starts, int index) throws IOException {
        int headers = index == 0 ? plan.format().headerRows() : 0;
        try (InputStream in = open(plan.format().file(), starts[index])) {
            ByteTallier tallier = new ByteTallier(plan, in, bufferSize, headers, starts[index]);
            tallier.stopAtAny(starts, index + 1);
            tallier.run();
            return tallier;
        }
    }

    /** Every thread, this one included, takes the next part until none is left; failures stay with their part. */
    private static void readInParallel(TallyPlan plan, int bufferSize, ByteParts parts, int threads) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int index = next.getAndIncrement(); index < parts.starts().length; index = next.getAndIncrement()) {
                if (!parts.needed(index)) {
                    continue;
                }
                try {
                    parts.done(index, readPart(plan, bufferSize, parts.starts(), index));
                } catch (IOException | RuntimeException e) {
                    parts.failed(index);
                }
            }
        };
        Thread[] helpers = new Thread[threads - 1];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = new Thread(worker, "survey-part-reader-" + (i + 1));
            helpers[i].setDaemon(true);
            helpers[i].start();
        }
        worker.run();
        try {
            for (Thread helper : helpers) {
                helper.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SurveyException(Messages.text("imports.interrupted", plan.format().source()), e);
        }
    }

    private static InputStream open(Path file, long offset) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(file);
        channel.position(offset);
        return Channels.newInputStream(channel);
    }

    /**
     * Where the parts start: {@code first}, then just after the first line feed at or after every
     * {@code partBytes} bytes; ascending, none at the end of the file.
     */
    static long[] partStarts(Path file, long first, long size, long partBytes) throws IOException {
        long[] starts = {first};
        int count = 1;
        if (partBytes >= size) {
            return starts;
        }
        ByteBuffer buffer = ByteBuffer.allocate(1 << 12);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            for (long nominal = first + partBytes; nominal < size; ) {
                long start = lineStartAfter(channel, buffer, nominal);
                if (start < 0 || start >= size) {
                    break;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = start;
                nominal = Math.max(nominal + partBytes, start);
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The offset just after the first line feed at or after {@code from}, or -1 if none is near. */
    private static long lineStartAfter(SeekableByteChannel channel, ByteBuffer buffer, long from) throws IOException {
        channel.position(from);
        long at = from;
        while (at - from < LINE_FEED_SEARCH) {
            buffer.clear();
            int read = channel.read(buffer);
            if (read < 0) {
                return -1;
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += read;
        }
        return -1;
    }
}
