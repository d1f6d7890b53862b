package org.journeystudio.editing;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.journeystudio.model.RatingScale;

/**
 * A satisfaction rating as whole points on the map's scale, as the inspector offers it: a person picks 1..N (or
 * 0..10), a segment may be not rated, and an average from a survey or workshop (3.4) is shown as it is without a
 * point pretending to be chosen. Keys move from point to point (arrows, Home, End) or pick one (a digit).
 */
public final class SatisfactionPoints {
    private final RatingScale scale;

    public SatisfactionPoints(RatingScale scale) {
        this.scale = scale;
    }

    /** Every point a person can pick, lowest first. */
    public List<Integer> points() {
        return IntStream.rangeClosed(scale.min(), scale.max()).boxed().toList();
    }

    /** The point shown as chosen: only a whole rating is one; none when not rated or an average. */
    public Optional<Integer> chosen(Double rating) {
        return rating != null && rating == Math.rint(rating) ? Optional.of(rating.intValue()) : Optional.empty();
    }

    /** Whether the rating is an average that no single point stands for (3.4). */
    public static boolean isAverage(Double rating) {
        return rating != null && rating != Math.rint(rating);
    }

    /** "Not rated", "4 / 5", or for an average "3.4 / 5 average". */
    public String describe(Double rating) {
        if (rating == null) {
            return "Not rated";
        }
        String value = RatingInput.format(rating) + " / " + scale.max();
        return isAverage(rating) ? value + " average" : value;
    }

    /** A key's step from the rating: +1 / -1 (arrows), or to an end of the scale (Home, End). */
    public enum Move { UP, DOWN, LOWEST, HIGHEST }

    /**
     * The point a key moves to. From no rating, up starts at the lowest point and down at the highest; from an
     * average, up and down go to the whole point above or below it. Empty at an end of the scale.
     */
    public Optional<Integer> after(Double rating, Move move) {
        int next = switch (move) {
            case LOWEST -> scale.min();
            case HIGHEST -> scale.max();
            case UP -> rating == null ? scale.min() : (int) Math.floor(rating) + 1;
            case DOWN -> rating == null ? scale.max() : (int) Math.ceil(rating) - 1;
        };
        int clamped = Math.max(scale.min(), Math.min(scale.max(), next));
        return rating != null && clamped == rating ? Optional.empty() : Optional.of(clamped);
    }

    /** The point a digit key picks, when the scale has it. */
    public Optional<Integer> digit(int digit) {
        return scale.contains(digit) ? Optional.of(digit) : Optional.empty();
    }
}
