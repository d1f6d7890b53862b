package org.journeystudio.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.journeystudio.model.AnswerScale;

/**
 * How many respondents of each segment gave each point of each rating column's scale, and how many opted out:
 * everything a heatmap cell's statistics need, read from the library without touching the individual responses.
 * Each row holds, per rating column in order, one count per point (lowest first) and then the opt-outs.
 *
 * @param labels the segment labels, sorted
 * @param points how many points each rating column's scale has
 * @param answers per label (in {@code labels} order), the counts laid out as above
 */
public record ResponseCounts(List<String> labels, List<Integer> points, List<long[]> answers) {
    /** Whole-number ratings 0..10, the values a map's scales and the workshop's phones use. */
    public static final int VALUES = 11;

    public ResponseCounts {
        labels = List.copyOf(labels);
        points = List.copyOf(points);
        answers = List.copyOf(answers);
        if (labels.size() != answers.size()) {
            throw new IllegalArgumentException(labels.size() + " labels but " + answers.size() + " count rows");
        }
    }

    /**
     * Counts kept by whole-number value (0..10, {@link #VALUES} per rating column, as the workshop keeps them),
     * turned into points of each column's scale.
     */
    public static ResponseCounts fromValues(List<String> labels, List<AnswerScale> scales, List<long[]> byValue) {
        List<Integer> points = scales.stream().map(AnswerScale::points).toList();
        int width = width(points);
        List<long[]> rows = new ArrayList<>(byValue.size());
        for (long[] values : byValue) {
            long[] row = new long[width];
            int base = 0;
            for (int column = 0; column < scales.size(); column++) {
                AnswerScale scale = scales.get(column);
                for (int point = 0; point < scale.points(); point++) {
                    int value = (int) Math.round(scale.value(point));
                    row[base + point] = value >= 0 && value < VALUES ? values[column * VALUES + value] : 0;
                }
                base += scale.points() + 1;
            }
            rows.add(row);
        }
        return new ResponseCounts(labels, points, rows);
    }

    /** Counts laid out for these point counts, with no labels yet. */
    public static int width(List<Integer> points) {
        return points.stream().mapToInt(p -> p + 1).sum();
    }

    public int ratingColumns() {
        return points.size();
    }

    /** The length of one label's row of counts. */
    public int width() {
        return width(points);
    }

    /** Where rating column {@code column}'s counts start in a row. */
    public int base(int column) {
        int base = 0;
        for (int c = 0; c < column; c++) {
            base += points.get(c) + 1;
        }
        return base;
    }

    /** Respondents of segment {@code label} (index into labels) who gave point {@code point} to {@code column}. */
    public long answers(int label, int column, int point) {
        return answers.get(label)[base(column) + point];
    }

    /** Respondents of segment {@code label} who opted out of {@code column} ("N/A", "Don't know"). */
    public long optedOut(int label, int column) {
        return answers.get(label)[base(column) + points.get(column)];
    }

    /** The same, summed over every segment: the "All" column. */
    public long total(int column, int point) {
        int at = base(column) + point;
        return answers.stream().mapToLong(row -> row[at]).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResponseCounts that && labels.equals(that.labels) && points.equals(that.points)
                && answers.size() == that.answers.size()
                && java.util.stream.IntStream.range(0, answers.size())
                        .allMatch(i -> Arrays.equals(answers.get(i), that.answers.get(i)));
    }

    @Override
    public int hashCode() {
        return labels.hashCode() * 31 + points.hashCode();
    }
}
