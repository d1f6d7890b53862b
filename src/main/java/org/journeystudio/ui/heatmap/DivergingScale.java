package org.journeystudio.ui.heatmap;

import javafx.scene.paint.Color;

/**
 * The heatmap's colour scale: orange below the neutral value, blue above, near-white at neutral (ColorBrewer
 * PuOr-like hues that people with red-green colour blindness tell apart). In greyscale print both ends are
 * dark and neutral light, so the cell text and the low-n marks carry the sign; the low end is a little darker
 * than the high end so the two stay apart on grey too.
 */
public final class DivergingScale {
    static final Color LOW = Color.web("#8c3a05");
    static final Color LOW_MID = Color.web("#f1a340");
    static final Color NEUTRAL = Color.web("#f7f7f7");
    static final Color HIGH_MID = Color.web("#92c5de");
    static final Color HIGH = Color.web("#2166ac");

    private final double low;
    private final double neutral;
    private final double high;

    public DivergingScale(double low, double neutral, double high) {
        this.low = low;
        this.neutral = neutral;
        this.high = high;
    }

    /** The colour of {@code value}; values beyond the ends take the end colours. */
    public Color colour(double value) {
        if (Double.isNaN(value)) {
            return Color.web("#e0e0e0");
        }
        if (value < neutral) {
            double t = Math.min(1, (neutral - value) / Math.max(1e-9, neutral - low));
            return t < 0.5 ? NEUTRAL.interpolate(LOW_MID, t * 2) : LOW_MID.interpolate(LOW, (t - 0.5) * 2);
        }
        double t = Math.min(1, (value - neutral) / Math.max(1e-9, high - neutral));
        return t < 0.5 ? NEUTRAL.interpolate(HIGH_MID, t * 2) : HIGH_MID.interpolate(HIGH, (t - 0.5) * 2);
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static Color text(Color background) {
        double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue();
        return luminance < 0.5 ? Color.WHITE : Color.BLACK;
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
}
