package org.journeystudio.survey;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The word answers each rating column has given so far ("Strongly agree", "Don't know"), so that the byte reader
 * recognises the next one by comparing it whole, without scanning it for the field's end and hashing it first.
 * A word is found by its first four bytes and must be followed by a delimiter or a line end, so a field matches
 * only when it is exactly that word; anything else (shorter words, other spellings, the buffer's end) takes the
 * parser's ordinary path, which {@link #learn}s what it judged.
 */
final class KnownWords {
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Words kept per column: a scale's answers and a few spellings; they are compared one by one. */
    private static final int PER_COLUMN = 12;
    private static final int KEY_BYTES = Integer.BYTES;

    private final int[][] keys;
    private final byte[][][] words;
    private final int[][] verdicts;
    private final int[] sizes;

    KnownWords(int columns) {
        this.keys = new int[columns][PER_COLUMN];
        this.words = new byte[columns][PER_COLUMN][];
        this.verdicts = new int[columns][PER_COLUMN];
        this.sizes = new int[columns];
    }

    /** Remembers that the unquoted field {@code b[start, end)} of rating column {@code column} got {@code verdict}. */
    void learn(int column, byte[] b, int start, int end, int verdict) {
        int size = sizes[column];
        if (end - start < KEY_BYTES || size == PER_COLUMN) {
            return;
        }
        for (int i = 0; i < size; i++) {
            if (Arrays.equals(words[column][i], 0, words[column][i].length, b, start, end)) {
                return;
            }
        }
        keys[column][size] = (int) INTS.get(b, start);
        words[column][size] = Arrays.copyOfRange(b, start, end);
        verdicts[column][size] = verdict;
        sizes[column] = size + 1;
    }

    /**
     * Which known word of column {@code column} the field at {@code p} is, followed by a delimiter, CR or LF
     * before {@code lim}; -1 if none.
     */
    int match(int column, byte[] b, int p, int lim, byte delimiter) {
        if (p + KEY_BYTES > lim) {
            return -1;
        }
        int key = (int) INTS.get(b, p);
        int[] columnKeys = keys[column];
        for (int i = 0, size = sizes[column]; i < size; i++) {
            if (columnKeys[i] == key) {
                byte[] word = words[column][i];
                int end = p + word.length;
                if (end < lim && (b[end] == delimiter || b[end] == '\n' || b[end] == '\r') && same(b, p, word)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Whether {@code b} holds {@code word} at {@code p}, its first four bytes already equal. Up to sixteen bytes
     * (most answers) this is two overlapping eight-byte loads, cheaper than a call to compare arrays.
     */
    private static boolean same(byte[] b, int p, byte[] word) {
        int length = word.length;
        if (length < Long.BYTES) {
            return (int) INTS.get(b, p + length - KEY_BYTES) == (int) INTS.get(word, length - KEY_BYTES);
        }
        if (length <= 2 * Long.BYTES) {
            return (long) LONGS.get(b, p) == (long) LONGS.get(word, 0)
                    && (long) LONGS.get(b, p + length - Long.BYTES) == (long) LONGS.get(word, length - Long.BYTES);
        }
        return Arrays.equals(b, p, p + length, word, 0, length);
    }

    /** The verdict on known word {@code index} of column {@code column}. */
    int verdict(int column, int index) {
        return verdicts[column][index];
    }

    /** The length in bytes of known word {@code index} of column {@code column}. */
    int length(int column, int index) {
        return words[column][index].length;
    }
}
