package org.journeystudio.survey;

import java.util.List;
import org.journeystudio.model.AnswerScale;

/**
 * The statistics of one heatmap cell, in the scale's own values. Values that cannot be computed (no answers, a
 * single answer for the interval, top-two-box on a scale of more than eleven points, NPS off a 0–10 scale) are
 * {@code NaN}.
 *
 * @param n              answers counted (not-applicable ones left out)
 * @param mean           mean rating
 * @param standardDeviation sample standard deviation
 * @param ciLow          lower end of the 95% confidence interval of the mean (Student's t), never below the scale
 * @param ciHigh         upper end of that interval, never above the scale
 * @param topTwoBox      percentage of answers on the two highest scale points
 * @param csat           CSAT: percentage of satisfied answers (the top two points)
 * @param nps            Net Promoter Score (percent 9–10 minus percent 0–6), only on a 0–10 scale
 * @param lowN           true when n is below the low-n threshold, so the cell should be read with care
 * @param distribution   how many answers gave each scale point, lowest first
 * @param notApplicable  answers that opted out ("N/A", "Don't know"), counted in no statistic
 */
public record CellStatistics(long n, double mean, double standardDeviation, double ciLow, double ciHigh,
                             double topTwoBox, double csat, double nps, boolean lowN, List<Long> distribution,
                             long notApplicable) {
    /** Top-two-box is a share of a short scale; on a 0-100 slider the top two points mean little. */
    static final int MOST_POINTS_FOR_TOP_BOX = 11;

    public CellStatistics {
        distribution = List.copyOf(distribution);
    }

    /** Computes the statistics from a cell's running totals. */
    public static CellStatistics of(CellAccumulator cell, AnswerScale scale, int lowNThreshold) {
        long n = cell.count();
        Long[] distribution = new Long[scale.points()];
        for (int point = 0; point < scale.points(); point++) {
            distribution[point] = cell.countOf(point);
        }
        if (n == 0) {
            return new CellStatistics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, true, List.of(distribution), cell.optedOut());
        }
        double meanIndex = cell.sum() / n;
        double mean = scale.min() + scale.step() * meanIndex;
        double sd = Double.NaN;
        double low = Double.NaN;
        double high = Double.NaN;
        if (n > 1) {
            // Clamp: rounding can make the difference a hair below zero when all answers are equal.
            double variance = Math.max(0, (cell.sumOfSquares() - n * meanIndex * meanIndex) / (n - 1));
            sd = Math.sqrt(variance) * scale.step();
            double margin = StudentT.critical95(n - 1) * sd / Math.sqrt(n);
            // A mean cannot leave the scale, so neither does its interval: clipped at both ends.
            low = Math.max(scale.min(), mean - margin);
            high = Math.min(scale.max(), mean + margin);
        }
        int top = scale.points() - 1;
        double topTwo = scale.points() <= MOST_POINTS_FOR_TOP_BOX
                ? percent(cell.countOf(top) + cell.countOf(top - 1), n) : Double.NaN;
        double nps = Double.NaN;
        if (scale.isZeroToTen()) {
            long detractors = 0;
            for (int point = 0; point <= 6; point++) {
                detractors += cell.countOf(point);
            }
            nps = topTwo - percent(detractors, n);
        }
        return new CellStatistics(n, mean, sd, low, high, topTwo, topTwo, nps, n < lowNThreshold,
                List.of(distribution), cell.optedOut());
    }

    private static double percent(long part, long whole) {
        return 100.0 * part / whole;
    }
}
