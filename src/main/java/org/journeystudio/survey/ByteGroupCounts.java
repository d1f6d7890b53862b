package org.journeystudio.survey;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of one part of a byte-read survey, per segment group: a group is a raw spelling of the segment
 * column, or a pair of spellings when there are two segment columns. Spellings stay bytes until {@link #addTo}.
 */
final class ByteGroupCounts {
    private final Path file;
    private final ByteLabels[] labels;
    private final int[] points;
    /**
     * Where each rating column's point 0 is counted. Before it sit a slot for empty answers (never read) and one
     * for opt-outs, so that every verdict a counted row holds ({@link RatingAnswers#OPTED_OUT},
     * {@link RatingAnswers#NOT_APPLICABLE} or a point) is counted by one increment, with no branch per answer.
     */
    private final int[] zero;
    private final int width;
    private final Map<Long, Integer> pairIds = new HashMap<>();
    private final List<int[]> pairs = new ArrayList<>();
    // Per group id: how often each scale point was given per rating column (zero[column] + point). A flat
    // count array keeps the per-row work to one increment per answer; it becomes CellAccumulators at the end.
    private long[][] countsById = new long[16][];
    private long[] rowsById = new long[16];

    ByteGroupCounts(TallyPlan plan) {
        this.file = plan.format().source();
        this.points = SurveyTally.pointsOf(plan.ratings());
        int segmentColumns = plan.segmentColumns().size();
        this.zero = new int[points.length];
        int at = 0;
        for (int j = 0; j < points.length; j++) {
            zero[j] = at - RatingAnswers.OPTED_OUT;
            at += points[j] - RatingAnswers.OPTED_OUT;
        }
        this.width = at;
        this.labels = new ByteLabels[segmentColumns];
        for (int k = 0; k < segmentColumns; k++) {
            String column = plan.segmentColumns().get(k).name();
            labels[k] = new ByteLabels(SurveyLimits.MAX_SEGMENT_LABELS, () -> SurveyLimits.tooManyLabels(file, column));
        }
    }

    /** Counts the record {@code parser} has just parsed, which has the right number of fields and no problem. */
    void add(ByteRecordParser parser) {
        int id = parser.segmentId(0, labels[0]);
        if (labels.length == 2) {
            id = pairId(id, parser.segmentId(1, labels[1]));
        }
        long[] counts = counts(id);
        rowsById[id]++;
        int[] answers = parser.values();
        for (int j = 0; j < answers.length; j++) {
            counts[zero[j] + answers[j]]++;
        }
    }

    private int pairId(int first, int second) {
        long key = ((long) first << 32) | second;
        Integer pair = pairIds.get(key);
        if (pair == null) {
            pair = pairs.size();
            pairIds.put(key, pair);
            pairs.add(new int[] {first, second});
        }
        return pair;
    }

    private long[] counts(int id) {
        if (id >= countsById.length) {
            countsById = Arrays.copyOf(countsById, Math.max(id + 1, countsById.length * 2));
            rowsById = Arrays.copyOf(rowsById, countsById.length);
        }
        long[] counts = countsById[id];
        if (counts == null) {
            SurveyLimits.checkCells(file, points.length, id + 1L); // ids are given in order: id + 1 groups so far
            counts = new long[width];
            countsById[id] = counts;
        }
        return counts;
    }

    /**
     * Adds the counts of {@code later}, a part of the file after the parts added so far. Spellings keep their
     * first-seen order, so the groups come out as one pass over the whole file would give them.
     */
    void addAll(ByteGroupCounts later) {
        for (int id = 0; id < later.countsById.length; id++) {
            long[] theirs = later.countsById[id];
            if (theirs == null) {
                continue;
            }
            int mine;
            if (labels.length == 2) {
                int[] pair = later.pairs.get(id);
                mine = pairId(idOf(0, later, pair[0]), idOf(1, later, pair[1]));
            } else {
                mine = idOf(0, later, id);
            }
            long[] counts = counts(mine);
            rowsById[mine] += later.rowsById[id];
            for (int i = 0; i < width; i++) {
                counts[i] += theirs[i];
            }
        }
    }

    private int idOf(int segment, ByteGroupCounts later, int theirId) {
        byte[] spelling = later.labels[segment].spelling(theirId);
        return labels[segment].id(spelling, 0, spelling.length);
    }

    /** Adds every group's rows and counts to {@code tally}, its spellings decoded with {@code charset}. */
    void addTo(SurveyTally tally, Charset charset) {
        for (int id = 0; id < countsById.length; id++) {
            if (countsById[id] == null) {
                continue;
            }
            List<String> spellings;
            if (labels.length == 2) {
                int[] pair = pairs.get(id);
                spellings = List.of(decode(0, pair[0], charset), decode(1, pair[1], charset));
            } else {
                spellings = List.of(decode(0, id, charset));
            }
            SurveyTally.Group group = tally.group(spellings);
            group.addRows(rowsById[id]);
            long[] counts = countsById[id];
            for (int j = 0; j < points.length; j++) {
                for (int point = 0; point < points[j]; point++) {
                    group.cell(j).add(point, counts[zero[j] + point]);
                }
                group.cell(j).addOptedOut(counts[zero[j] + RatingAnswers.OPTED_OUT]);
            }
        }
    }

    /** True when every segment spelling seen is valid UTF-8. */
    boolean labelsAreUtf8() {
        for (ByteLabels column : labels) {
            for (int id = 0; id < column.size(); id++) {
                if (!EncodingDetector.isValidUtf8(column.spelling(id))) {
                    return false;
                }
            }
        }
        return true;
    }

    private String decode(int segment, int id, Charset charset) {
        return new String(labels[segment].spelling(id), charset);
    }
}
