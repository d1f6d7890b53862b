package org.journeystudio.layout;

import org.journeystudio.model.RatingScale;

/**
 * The heatmap's colours: a diverging scale around the rating scale's neutral point, from orange (dissatisfied)
 * through near-white (neutral) to purple (satisfied). The stops are ColorBrewer's PuOr, which stays apart for
 * the common colour-vision deficiencies; its two ends also differ in lightness, so a greyscale print still tells
 * low from high (and painters print the value in every cell besides).
 *
 * <p>Colours are 0xRRGGBB ints so that both the JavaFX window and the AWT exporters can use them.
 */
public final class DivergingScale {
    /** From most dissatisfied to most satisfied. */
    private static final int[] STOPS = {0xb35806, 0xf1a340, 0xfee0b6, 0xf7f7f7, 0xd8daeb, 0x998ec3, 0x542788};

    /** The luminance of the dark text painters use (#1f2733). */
    private static final double DARK_TEXT_LUMINANCE = 0.0197;

    /** The colour of "no value" (an empty heatmap cell). */
    public static final int NO_VALUE = 0xe0e0e0;

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
        double position = (t + 1) / 2 * (STOPS.length - 1);
        int lower = Math.min(STOPS.length - 2, (int) Math.floor(position));
        return mix(STOPS[lower], STOPS[lower + 1], position - lower);
    }

    /** Whether white text contrasts more with {@code rgb} than near-black text does (WCAG contrast ratio). */
    public static boolean needsLightText(int rgb) {
        double l = luminance(rgb);
        return 1.05 / (l + 0.05) > (l + 0.05) / (DARK_TEXT_LUMINANCE + 0.05);
    }

    /** Relative luminance (sRGB, WCAG) from 0 (black) to 1 (white). */
    public static double luminance(int rgb) {
        return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int mix(int from, int to, double t) {
        int r = lerp((from >> 16) & 0xff, (to >> 16) & 0xff, t);
        int g = lerp((from >> 8) & 0xff, (to >> 8) & 0xff, t);
        int b = lerp(from & 0xff, to & 0xff, t);
        return (r << 16) | (g << 8) | b;
    }

    private static int lerp(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
