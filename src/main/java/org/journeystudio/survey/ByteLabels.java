package org.journeystudio.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Gives each distinct raw byte spelling of a segment field a small id, without making a String per row: an
 * open-addressing table over byte ranges. Spellings are decoded and normalised once, at the end.
 */
final class ByteLabels {
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
        int hash = 1;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + bytes[i];
        }
        int mask = keys.length - 1;
        int slot = mix(hash) & mask;
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
                int hash = 1;
                for (byte b : key) {
                    hash = 31 * hash + b;
                }
                int slot = mix(hash) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                ids[slot] = oldIds[i];
            }
        }
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
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
