package org.journeystudio.survey;

/**
 * Running totals for one heatmap cell, filled in a single streaming pass: count, sum, sum of squares and a
 * histogram of the scale points (0–10 covers every scale). Everything the statistics need comes from these.
 */
public final class CellAccumulator {
    static final int POINTS = 11;

    private long count;
    private double sum;
    private double sumOfSquares;
    private final long[] histogram = new long[POINTS];

    /** Adds one answer, a scale point between 0 and 10. */
    public void add(int value) {
        count++;
        sum += value;
        sumOfSquares += (double) value * value;
        histogram[value]++;
    }

    /** Adds {@code times} answers of the same scale point at once. */
    public void add(int value, long times) {
        count += times;
        sum += (double) value * times;
        sumOfSquares += (double) value * value * times;
        histogram[value] += times;
    }

    public void addAll(CellAccumulator other) {
        count += other.count;
        sum += other.sum;
        sumOfSquares += other.sumOfSquares;
        for (int i = 0; i < POINTS; i++) {
            histogram[i] += other.histogram[i];
        }
    }

    public long count() {
        return count;
    }

    public double sum() {
        return sum;
    }

    public double sumOfSquares() {
        return sumOfSquares;
    }

    /** How many answers gave scale point {@code value}. */
    public long countOf(int value) {
        return histogram[value];
    }
}
