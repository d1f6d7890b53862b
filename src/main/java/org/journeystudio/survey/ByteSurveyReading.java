package org.journeystudio.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a survey with {@link ByteTallier}s: in one pass, or for large files in two halves on two threads. The
 * second half starts after a line feed near the middle; the first half must end exactly there. If that line
 * feed was inside a quoted field the first half notices, reads on to the end alone and the second half's result
 * is dropped, so quoted newlines never split a record.
 */
final class ByteSurveyReading {
    /** Files at least this big are read in two halves in parallel. */
    static final long SPLIT_MIN_BYTES = 8L << 20;

    private ByteSurveyReading() {
    }

    static SurveyTally tally(TallyPlan plan) {
        long splitMin = Runtime.getRuntime().availableProcessors() >= 2 ? SPLIT_MIN_BYTES : Long.MAX_VALUE;
        return tally(plan, ByteTallier.BUFFER_SIZE, splitMin);
    }

    /**
     * With a chosen buffer size (tests use tiny buffers so that records straddle every refill) and the file size
     * from which the file is read in two halves on two threads.
     */
    static SurveyTally tally(TallyPlan plan, int bufferSize, long splitMinBytes) {
        SurveyEncoding encoding = plan.format().encoding();
        if (!encoding.asciiCompatible()) {
            throw new IllegalArgumentException("the byte reader cannot read " + encoding.charset());
        }
        Path file = plan.format().file();
        int headers = plan.format().headerRows();
        try {
            long size = Files.size(file);
            long split = size >= splitMinBytes ? lineStartAfter(file, Math.max(encoding.bomLength(), size / 2)) : -1;
            ByteTallier first;
            try (InputStream in = open(file, encoding.bomLength())) {
                first = new ByteTallier(plan, in, bufferSize, headers, encoding.bomLength());
                if (split < 0) {
                    first.run();
                    return merge(plan, first, null);
                }
                first.stopAt(split);
                InputStream secondIn = open(file, split);
                SecondHalf second = new SecondHalf(new ByteTallier(plan, secondIn, bufferSize, 0, split), secondIn);
                second.start();
                try {
                    first.run();
                } catch (RuntimeException e) {
                    second.tallier.cancel();
                    throw e;
                }
                if (first.misaligned()) {
                    second.tallier.cancel();
                    return merge(plan, first, null); // the first half has read on to the end of the file
                }
                second.join();
                if (second.failure == null) {
                    return merge(plan, first, second.tallier);
                }
            }
            // The second half failed; read the whole file in one go so the error carries its true line number.
            try (InputStream in = open(file, encoding.bomLength())) {
                ByteTallier whole = new ByteTallier(plan, in, bufferSize, headers, encoding.bomLength());
                whole.run();
                return merge(plan, whole, null);
            }
        } catch (IOException e) {
            throw SurveyReader.unreadable(plan.format().source(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SurveyException(plan.format().source() + ": reading was interrupted", e);
        }
    }

    private static InputStream open(Path file, long offset) throws IOException {
        java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file);
        channel.position(offset);
        return java.nio.channels.Channels.newInputStream(channel);
    }

    /** The offset just after the first line feed at or after {@code from}, or -1 if none is near. */
    private static long lineStartAfter(Path file, long from) throws IOException {
        try (InputStream in = open(file, from)) {
            byte[] chunk = in.readNBytes(1 << 20);
            for (int i = 0; i < chunk.length; i++) {
                if (chunk[i] == '\n') {
                    return i + 1 < chunk.length ? from + i + 1 : -1;
                }
            }
            return -1;
        }
    }

    /** The second half, read on its own thread; its failure only matters if its start proves to be a record start. */
    private static final class SecondHalf extends Thread {
        final ByteTallier tallier;
        private final InputStream in;
        private volatile RuntimeException failure;

        SecondHalf(ByteTallier tallier, InputStream in) {
            super("survey-second-half");
            setDaemon(true);
            this.tallier = tallier;
            this.in = in;
        }

        @Override
        public void run() {
            try (in) {
                tallier.run();
            } catch (IOException e) {
                failure = new java.io.UncheckedIOException(e);
            } catch (RuntimeException e) {
                failure = e;
            }
        }

    }

    /** Both halves into one tally, the second half's line numbers shifted by the lines of the first. */
    private static SurveyTally merge(TallyPlan plan, ByteTallier first, ByteTallier second) {
        SurveyTally tally = new SurveyTally(SurveyTally.pointsOf(plan.ratings()));
        Charset charset = plan.format().encoding().charset();
        if (charset.equals(java.nio.charset.StandardCharsets.UTF_8)
                && !(first.labelsAreUtf8() && (second == null || second.labelsAreUtf8()))) {
            // The detector checked only the start of the file; a label further on says it is Windows-1252.
            charset = EncodingDetector.WINDOWS_1252;
        }
        first.addTo(tally, charset, 0);
        if (second != null) {
            second.addTo(tally, charset, first.nextLine() - 1);
            SurveyLimits.checkGroups(plan, tally); // each half kept within the limits; together they may not
        }
        return tally;
    }

}
