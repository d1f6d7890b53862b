package org.journeystudio.layout;

import org.journeystudio.model.RatingScale;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;

/**
 * The heatmap's colours: {@link Palette#HEATMAP} (ColorBrewer's PuOr, orange for dissatisfied through near-white to
 * purple for satisfied) stretched over a measure, its near-white at the measure's neutral point. Painters print
 * the value in every cell besides, so no reading depends on colour alone.
 *
 * <p>Colours are 0xRRGGBB ints so that both the JavaFX window and the AWT exporters can use them.
 */
public final class DivergingScale {
    /** The colour of "no value" (an empty heatmap cell). */
    public static final int NO_VALUE = Palette.NO_VALUE.value();

    private final double low;
    private final double neutral;
    private final double high;

    /** A scale for ratings: its ends at the rating scale's ends, near-white at its neutral point. */
    public DivergingScale(RatingScale scale) {
        this(scale.min(), scale.neutral(), scale.max());
    }

    /** A scale for any measure (a share in %, NPS, a gap): each side stretches from {@code neutral} to its end. */
    public DivergingScale(double low, double neutral, double high) {
        this.low = low;
        this.neutral = neutral;
        this.high = high;
    }

    public double low() {
        return low;
    }

    public double neutral() {
        return neutral;
    }

    public double high() {
        return high;
    }

    /** The colour of a value; values beyond the ends take the colour of the nearer end, NaN the no-value grey. */
    public int rgb(double value) {
        if (Double.isNaN(value)) {
            return NO_VALUE;
        }
        double half = value < neutral ? neutral - low : high - neutral;
        double t = Math.max(-1, Math.min(1, (value - neutral) / Math.max(1e-9, half)));
        return Palette.HEATMAP.at((t + 1) / 2).value();
    }

    /** Whether white text contrasts more with {@code rgb} than the palette's ink does (WCAG contrast ratio). */
    public static boolean needsLightText(int rgb) {
        Rgb ground = Rgb.of(rgb);
        return ground.contrastWith(Palette.PAPER) > ground.contrastWith(Palette.INK);
    }

    /** Relative luminance (sRGB, WCAG) from 0 (black) to 1 (white). */
    public static double luminance(int rgb) {
        return Rgb.of(rgb).luminance();
    }
}
