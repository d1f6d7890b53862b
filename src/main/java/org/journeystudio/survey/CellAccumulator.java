package org.journeystudio.survey;

/**
 * Running totals for one heatmap cell, filled in a single streaming pass: count, sum and sum of squares of the
 * point indexes (0 = the scale's lowest point), a histogram of the points, and how many answers opted out.
 * Everything the statistics need comes from these.
 */
public final class CellAccumulator {
    private long count;
    private double sum;
    private double sumOfSquares;
    private long optedOut;
    private final long[] histogram;

    /** Totals for a scale of {@code points} points. */
    public CellAccumulator(int points) {
        this.histogram = new long[points];
    }

    /** Adds one answer, a point index. */
    public void add(int point) {
        add(point, 1);
    }

    /** Adds {@code times} answers of the same point at once. */
    public void add(int point, long times) {
        count += times;
        sum += (double) point * times;
        sumOfSquares += (double) point * point * times;
        histogram[point] += times;
    }

    /** Counts answers that opted out ("N/A", "Don't know"): not in any statistic, but reported. */
    public void addOptedOut(long times) {
        optedOut += times;
    }

    public void addAll(CellAccumulator other) {
        count += other.count;
        sum += other.sum;
        sumOfSquares += other.sumOfSquares;
        optedOut += other.optedOut;
        for (int i = 0; i < histogram.length; i++) {
            histogram[i] += other.histogram[i];
        }
    }

    public long count() {
        return count;
    }

    /** The sum of the point indexes. */
    public double sum() {
        return sum;
    }

    public double sumOfSquares() {
        return sumOfSquares;
    }

    public long optedOut() {
        return optedOut;
    }

    public int points() {
        return histogram.length;
    }

    /** How many answers gave point {@code index}. */
    public long countOf(int index) {
        return index >= 0 && index < histogram.length ? histogram[index] : 0;
    }
}
