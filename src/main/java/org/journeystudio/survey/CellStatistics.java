package org.journeystudio.survey;

import java.util.List;
import org.journeystudio.model.RatingScale;

/**
 * The statistics of one heatmap cell. Values that cannot be computed (no answers, a single answer for the
 * interval, NPS off a 0–10 scale) are {@code NaN}.
 *
 * @param n              answers counted (not-applicable ones left out)
 * @param mean           mean rating
 * @param standardDeviation sample standard deviation
 * @param ciLow          lower end of the 95% confidence interval of the mean (Student's t)
 * @param ciHigh         upper end of that interval
 * @param topTwoBox      percentage of answers on the two highest scale points
 * @param csat           CSAT: percentage of satisfied answers (4–5 on 1–5, the top two points on other scales)
 * @param nps            Net Promoter Score (percent 9–10 minus percent 0–6), only on a 0–10 scale
 * @param lowN           true when n is below the low-n threshold, so the cell should be read with care
 * @param distribution   how many answers gave each scale point, from the scale's minimum to its maximum
 */
public record CellStatistics(long n, double mean, double standardDeviation, double ciLow, double ciHigh,
                             double topTwoBox, double csat, double nps, boolean lowN, List<Long> distribution) {
    public CellStatistics {
        distribution = List.copyOf(distribution);
    }

    /** Computes the statistics from a cell's running totals. */
    public static CellStatistics of(CellAccumulator cell, RatingScale scale, int lowNThreshold) {
        long n = cell.count();
        Long[] distribution = new Long[scale.max() - scale.min() + 1];
        for (int point = scale.min(); point <= scale.max(); point++) {
            distribution[point - scale.min()] = cell.countOf(point);
        }
        if (n == 0) {
            return new CellStatistics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, true, List.of(distribution));
        }
        double mean = cell.sum() / n;
        double sd = Double.NaN;
        double low = Double.NaN;
        double high = Double.NaN;
        if (n > 1) {
            // Clamp: rounding can make the difference a hair below zero when all answers are equal.
            double variance = Math.max(0, (cell.sumOfSquares() - n * mean * mean) / (n - 1));
            sd = Math.sqrt(variance);
            double margin = StudentT.critical95(n - 1) * sd / Math.sqrt(n);
            low = mean - margin;
            high = mean + margin;
        }
        double topTwo = percent(cell.countOf(scale.max()) + cell.countOf(scale.max() - 1), n);
        double nps = Double.NaN;
        if (scale == RatingScale.ZERO_TO_TEN) {
            long detractors = 0;
            for (int point = 0; point <= 6; point++) {
                detractors += cell.countOf(point);
            }
            nps = topTwo - percent(detractors, n);
        }
        return new CellStatistics(n, mean, sd, low, high, topTwo, topTwo, nps, n < lowNThreshold,
                List.of(distribution));
    }

    private static double percent(long part, long whole) {
        return 100.0 * part / whole;
    }
}
