package org.journeystudio.survey;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The part of a survey file a {@link ByteRecordParser} sees at once. A refill keeps the unfinished record at the
 * front, so a record that straddles the end of the buffer is parsed again from its start; a record longer than
 * the whole buffer doubles it.
 */
final class ByteWindow {
    private final InputStream in;
    private byte[] bytes;
    private int limit;
    private boolean eof;
    private long offset;

    /** A window over what {@code in} reads, which starts at byte {@code startOffset} of the file. */
    ByteWindow(InputStream in, int size, long startOffset) {
        this.in = in;
        this.bytes = new byte[size];
        this.offset = startOffset;
    }

    /** The buffer; valid up to {@link #limit()}, and replaced when it grows. */
    byte[] bytes() {
        return bytes;
    }

    /** How many bytes of {@link #bytes()} hold data. */
    int limit() {
        return limit;
    }

    /** True when the data in the buffer runs to the end of the part. */
    boolean eof() {
        return eof;
    }

    /** Where buffer position {@code position} lies in the file. */
    long offset(int position) {
        return offset + position;
    }

    /** The bytes from {@code start} to {@code end} with doubled quotes undone when {@code escaped}. */
    byte[] field(int start, int end, boolean escaped) {
        if (!escaped) {
            return Arrays.copyOfRange(bytes, start, end);
        }
        byte[] out = new byte[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            out[n++] = bytes[i];
            if (bytes[i] == '"') {
                i++; // skip the second quote of a doubled pair
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Reads the first bufferful. */
    void start() throws IOException {
        fill(0);
    }

    /** Keeps the unfinished record at {@code from}, reads more after it; returns its new position. */
    int refill(int from) throws IOException {
        int kept = limit - from;
        offset += from;
        if (from == 0 && limit == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2); // a record longer than the buffer
        } else {
            System.arraycopy(bytes, from, bytes, 0, kept);
        }
        limit = kept;
        fill(kept);
        return 0;
    }

    private void fill(int from) throws IOException {
        limit = from;
        while (limit < bytes.length) {
            int read = in.read(bytes, limit, bytes.length - limit);
            if (read < 0) {
                eof = true;
                return;
            }
            limit += read;
        }
    }
}
