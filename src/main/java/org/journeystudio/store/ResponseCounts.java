package org.journeystudio.store;

import java.util.List;

/**
 * How many respondents of each segment gave each value (0–10) to each rating column: everything a heatmap cell's
 * statistics need, read from the library without touching the individual responses.
 *
 * @param labels        the segment labels, sorted
 * @param ratingColumns how many rating columns there are
 * @param answers       per label (in {@code labels} order), {@code ratingColumns × 11} counts: column-major by value
 */
public record ResponseCounts(List<String> labels, int ratingColumns, List<long[]> answers) {
    /** Values 0..10 cover every scale. */
    public static final int VALUES = 11;

    public ResponseCounts {
        labels = List.copyOf(labels);
        answers = List.copyOf(answers);
        if (labels.size() != answers.size()) {
            throw new IllegalArgumentException(labels.size() + " labels but " + answers.size() + " count rows");
        }
    }

    /** Respondents of segment {@code label} (index into labels) who gave {@code value} to {@code ratingColumn}. */
    public long answers(int label, int ratingColumn, int value) {
        return answers.get(label)[ratingColumn * VALUES + value];
    }

    /** The same, summed over every segment: the "All" column. */
    public long total(int ratingColumn, int value) {
        long sum = 0;
        for (long[] row : answers) {
            sum += row[ratingColumn * VALUES + value];
        }
        return sum;
    }
}
