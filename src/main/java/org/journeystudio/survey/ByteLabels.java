package org.journeystudio.survey;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Gives each distinct raw byte spelling of a segment field a small id, without making a String per row: an
 * open-addressing table over byte ranges. Spellings are decoded and normalised once, at the end.
 */
final class ByteLabels {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private byte[][] keys = new byte[64][];
    private int[] ids = new int[64];
    private final List<byte[]> spellings = new ArrayList<>();
    private final int maxSize;
    private final Supplier<SurveyException> tooMany;

    /** Spellings without limit: their number is bounded by the caller. */
    ByteLabels() {
        this(Integer.MAX_VALUE, () -> null);
    }

    /** At most {@code maxSize} spellings; one more throws what {@code tooMany} gives. */
    ByteLabels(int maxSize, Supplier<SurveyException> tooMany) {
        this.maxSize = maxSize;
        this.tooMany = tooMany;
    }

    int id(byte[] bytes, int start, int end) {
        int mask = keys.length - 1;
        int slot = hash(bytes, start, end) & mask;
        while (true) {
            byte[] key = keys[slot];
            if (key == null) {
                return insert(slot, Arrays.copyOfRange(bytes, start, end));
            }
            if (Arrays.equals(key, 0, key.length, bytes, start, end)) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    private int insert(int slot, byte[] key) {
        int id = spellings.size();
        if (id >= maxSize) {
            throw tooMany.get();
        }
        spellings.add(key);
        keys[slot] = key;
        ids[slot] = id;
        if (spellings.size() * 2 > keys.length) {
            grow();
        }
        return id;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldIds = ids;
        keys = new byte[oldKeys.length * 2][];
        ids = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            byte[] key = oldKeys[i];
            if (key != null) {
                int slot = hash(key, 0, key.length) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                ids[slot] = oldIds[i];
            }
        }
    }

    /**
     * From the length and the first and last eight bytes, read as two longs: the answers of a scale differ there,
     * and a word answer is hashed in a few instructions whatever its length. Longer spellings that agree there
     * share a slot's probe sequence, and {@link #id} compares them whole.
     */
    private static int hash(byte[] bytes, int start, int end) {
        int length = end - start;
        long h;
        if (length >= Long.BYTES) {
            h = (long) LONGS.get(bytes, start) * 31 + (long) LONGS.get(bytes, end - Long.BYTES);
        } else {
            h = 1;
            for (int i = start; i < end; i++) {
                h = 31 * h + bytes[i];
            }
        }
        h = (h + length) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** How many distinct spellings there are; their ids run from 0. */
    int size() {
        return spellings.size();
    }

    /** The bytes of spelling {@code id}. */
    byte[] spelling(int id) {
        return spellings.get(id);
    }
}
