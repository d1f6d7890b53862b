package org.journeystudio.ratings;

import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;

/**
 * How loudly a heatmap cell's colour may speak for the answers behind it. Below the low-n threshold (30 unless the
 * user changes it: the usual "read with care" base) a cell is marked; below {@link #FEW_ANSWERS} answers (or the
 * threshold, if that is lower) its colour is also washed out and hatched. Why 10: with fewer answers the 95%
 * interval of a mean on a five-point scale spans about ±0.8 points or more, wider than one step of the colour
 * ramp, so a full colour would claim more than the answers know.
 */
public enum CellWeight {
    /** Enough answers: the cell's full colour. */
    FULL,
    /** Below the low-n threshold: full colour, marked (dashed edge, italic value). */
    LOW_N,
    /** Too few to judge by colour: washed out and hatched, besides the low-n mark. */
    FEW;

    /** Below this many answers a cell is washed out, unless the user's low-n threshold is lower still. */
    public static final int FEW_ANSWERS = 10;

    /** How far a washed-out cell's colour goes towards paper (0 none, 1 white). */
    static final double WASH = 0.6;

    public static CellWeight of(long n, int lowNThreshold) {
        if (n < Math.min(FEW_ANSWERS, lowNThreshold)) {
            return FEW;
        }
        return n < lowNThreshold ? LOW_N : FULL;
    }

    /** The threshold below which cells are washed out, for a legend. */
    public static int fewBelow(int lowNThreshold) {
        return Math.min(FEW_ANSWERS, lowNThreshold);
    }

    /** The colour a cell of this weight shows for its value's {@code full} colour. */
    public Rgb colour(Rgb full) {
        return this == FEW ? full.mix(Palette.PAPER, WASH) : full;
    }
}
