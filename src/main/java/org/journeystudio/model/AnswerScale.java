package org.journeystudio.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.journeystudio.i18n.Messages;

/**
 * The scale a survey question's answers sit on: evenly spaced points from {@code min} in steps of {@code step},
 * numeric ("0-100", "1-4") or ordered text ("Never … Always", the points then numbered 1, 2, 3 …). Answers are
 * counted by point index (0 for the lowest point), so any scale of up to {@link #MAX_POINTS} points fits in the
 * byte the library stores per answer.
 *
 * @param min    the value of the lowest point
 * @param step   the distance between two points
 * @param points how many points the scale has
 * @param labels the answer text of each point, lowest first, for a text scale; empty for a numeric one
 */
public record AnswerScale(double min, double step, int points, List<String> labels) {
    /** The most points a scale may have: one byte per stored answer, one value kept for "not applicable". */
    public static final int MAX_POINTS = 254;

    public AnswerScale {
        labels = List.copyOf(labels);
        if (points < 2 || points > MAX_POINTS) {
            throw new IllegalArgumentException(Messages.text("model.scalePoints", MAX_POINTS, points));
        }
        if (!(step > 0) || Double.isNaN(min) || Double.isInfinite(min)) {
            throw new IllegalArgumentException("a scale needs a finite start and a positive step");
        }
        if (!labels.isEmpty() && labels.size() != points) {
            throw new IllegalArgumentException(points + " points but " + labels.size() + " labels");
        }
    }

    /** Whole or decimal points from {@code min} to {@code max}; the step must divide the range. */
    public static AnswerScale numeric(double min, double max, double step) {
        double count = (max - min) / step;
        long whole = Math.round(count);
        if (max <= min || Math.abs(count - whole) > 1e-6) {
            throw new IllegalArgumentException(Messages.text("model.noScale", format(min), format(max), format(step)));
        }
        return new AnswerScale(min, step, (int) Math.min(whole + 1, Integer.MAX_VALUE), List.of());
    }

    /** An ordered text scale: the first label is point 1, the last point n. */
    public static AnswerScale ordered(List<String> labels) {
        return new AnswerScale(1, 1, labels.size(), labels);
    }

    /** The same scale as a map's rating scale: 1-5, 1-7 or 0-10. */
    public static AnswerScale of(RatingScale scale) {
        return numeric(scale.min(), scale.max(), 1);
    }

    /** The steps {@link #parse} tries, coarsest first: "0.5-5" is a half-point scale, "1-5.0" a whole one. */
    private static final String[] STEPS = {"1", "0.5", "0.25", "0.1", "0.05", "0.01"};

    /** Reads "1-5", "0-100", "0.5-5" or "-3-3" as a numeric scale in the coarsest step that fits both ends. */
    public static AnswerScale parse(String text) {
        String range = text.trim().replace('–', '-').replace(" ", "");
        int dash = range.indexOf('-', 1);
        if (dash < 0) {
            throw new IllegalArgumentException(Messages.text("model.scaleWritten", text));
        }
        try {
            BigDecimal low = new BigDecimal(range.substring(0, dash));
            BigDecimal high = new BigDecimal(range.substring(dash + 1));
            for (String step : STEPS) {
                BigDecimal size = new BigDecimal(step);
                if (low.remainder(size).signum() == 0 && high.remainder(size).signum() == 0) {
                    return numeric(low.doubleValue(), high.doubleValue(), size.doubleValue());
                }
            }
            throw new IllegalArgumentException(Messages.text("model.scaleDecimals", text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.text("model.scaleWritten", text), e);
        }
    }

    public double max() {
        return min + step * (points - 1);
    }

    /** The value of point {@code index} (0 is the lowest). */
    public double value(int index) {
        return min + step * index;
    }

    /** The point index of {@code value}, or -1 when the value is not a point of this scale. */
    public int point(double value) {
        double index = (value - min) / step;
        long whole = Math.round(index);
        if (Math.abs(index - whole) > 1e-6 || whole < 0 || whole >= points) {
            return -1;
        }
        return (int) whole;
    }

    public boolean isText() {
        return !labels.isEmpty();
    }

    /** The middle of the scale. */
    public double neutral() {
        return (min + max()) / 2;
    }

    /** Where {@code value} sits between the ends, from 0 to 1. */
    public double fraction(double value) {
        return (value - min) / (max() - min);
    }

    /** True for the whole-number 0-10 scale, the only one Net Promoter Scores are defined on. */
    public boolean isZeroToTen() {
        return labels.isEmpty() && min == 0 && step == 1 && points == 11;
    }

    /** The range as written on the command line and in files: "1-5", "0-100", "0.5-5". */
    public String range() {
        return format(min) + "-" + format(max());
    }

    /** How the scale is shown to people: "1-5", or "1-4 · Never … Often" for a text scale. */
    public String label() {
        return isText() ? range() + " · " + labels.get(0) + " … " + labels.get(points - 1) : range();
    }

    /** Point {@code index} as people read it: its text, or its number. */
    public String pointLabel(int index) {
        return isText() ? labels.get(index) : format(value(index));
    }

    /** "5", "0.5", "-3": no trailing zeros. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        // Rounded first: 0.1 steps add up to 0.30000000000000004.
        return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
