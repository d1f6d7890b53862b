package org.journeystudio.survey;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the end of an unquoted CSV field eight bytes at a time (SWAR), for the fields the byte reader ignores:
 * labels, dates, free text. Static and small, so that the JIT inlines it into the parser's loop.
 */
final class FieldScan {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;

    private FieldScan() {
    }

    /** The delimiter in every byte of a word, for {@link #skipWords}. */
    static long delimiterWord(byte delimiter) {
        return ONES * (delimiter & 0xFF);
    }

    /**
     * Moves past whole eight-byte words that hold no delimiter, CR or LF (a byte equal to the one looked for
     * becomes zero after XOR, and the classic has-zero-byte test finds it), stopping at or before the word that
     * ends the field; the caller finishes byte by byte.
     */
    static int skipWords(byte[] b, int p, int lim, long delimiterWord) {
        while (p + 8 <= lim) {
            long word = (long) LONGS.get(b, p);
            if ((hasZeroByte(word ^ delimiterWord) | hasZeroByte(word ^ LINE_FEEDS) | hasZeroByte(word ^ RETURNS)) != 0) {
                return p;
            }
            p += 8;
        }
        return p;
    }

    private static long hasZeroByte(long word) {
        return (word - ONES) & ~word & 0x8080808080808080L;
    }
}
