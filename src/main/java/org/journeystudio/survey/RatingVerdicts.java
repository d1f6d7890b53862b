package org.journeystudio.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How each rating column's {@link ColumnScale} judges its answers, with the small whole numbers worked out once
 * so that the byte reader judges a digit by table lookup, and text answers remembered once read: a column of
 * words holds a handful of distinct answers a million times over. One instance per reading thread.
 */
final class RatingVerdicts {
    /** Whole numbers up to this are judged by table lookup. */
    static final int TABLE_MAX = 10;
    /** Distinct texts remembered per column; free text past this is judged each time. */
    private static final int REMEMBERED = 1024;

    private final List<RatingColumn> columns;
    private final NotApplicableCodes notApplicable;
    private final int[][] table;
    private final List<Map<String, Integer>> texts = new ArrayList<>();
    /** Per column, the answers met as bytes and their verdicts by spelling id: no string per answer. */
    private final ByteLabels[] spellings;
    private int[][] verdictsBySpelling;

    RatingVerdicts(TallyPlan plan) {
        this.columns = plan.ratings();
        this.notApplicable = plan.notApplicable();
        this.table = new int[columns.size()][TABLE_MAX + 1];
        this.spellings = new ByteLabels[columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            for (int v = 0; v <= TABLE_MAX; v++) {
                table[j][v] = columns.get(j).key().readWhole(v, notApplicable);
            }
            texts.add(new HashMap<>());
            spellings[j] = new ByteLabels();
        }
        verdictsBySpelling = new int[columns.size()][16];
    }

    /** Per rating column, the verdict on each whole number from 0 to {@link #TABLE_MAX}. */
    int[][] table() {
        return table;
    }

    /** The verdict on the whole number {@code value} in rating column {@code rating}. */
    int verdict(int rating, int value) {
        return value <= TABLE_MAX ? table[rating][value] : columns.get(rating).key().readWhole(value, notApplicable);
    }

    /** The verdict on an answer that is not a plain whole number: quoted, long, or text. */
    int read(int rating, String raw) {
        Map<String, Integer> known = texts.get(rating);
        Integer verdict = known.get(raw);
        if (verdict == null) {
            verdict = columns.get(rating).key().read(raw, notApplicable);
            if (known.size() < REMEMBERED) {
                known.put(raw, verdict);
            }
        }
        return verdict;
    }

    /** The verdict on the unquoted-or-plainly-quoted answer in {@code bytes[start, end)}, remembered by its bytes. */
    int read(int rating, byte[] bytes, int start, int end, java.nio.charset.Charset charset) {
        ByteLabels known = spellings[rating];
        if (known.size() >= REMEMBERED) {
            return read(rating, new String(bytes, start, end - start, charset));
        }
        int before = known.size();
        int id = known.id(bytes, start, end);
        int[] verdicts = verdictsBySpelling[rating];
        if (id == before) {
            if (id == verdicts.length) {
                verdicts = java.util.Arrays.copyOf(verdicts, verdicts.length * 2);
                verdictsBySpelling[rating] = verdicts;
            }
            verdicts[id] = columns.get(rating).key().read(new String(bytes, start, end - start, charset),
                    notApplicable);
        }
        return verdicts[id];
    }

    /** Why {@code raw} in rating column {@code rating} got the bad verdict {@code value}. */
    String problem(int rating, String raw, int value) {
        return RatingAnswers.problem(raw, value, columns.get(rating));
    }
}
