package org.journeystudio.ui.heatmap;

import javafx.scene.paint.Color;
import org.journeystudio.layout.DivergingScale;

/** The shared heatmap colour scale ({@link DivergingScale}) as JavaFX colours, so screen and exports match. */
public final class HeatmapColours {
    private HeatmapColours() {
    }

    public static Color of(DivergingScale scale, double value) {
        return fx(scale.rgb(value));
    }

    /** Near-black or white, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        int rgb = ((int) Math.round(background.getRed() * 255) << 16)
                | ((int) Math.round(background.getGreen() * 255) << 8) | (int) Math.round(background.getBlue() * 255);
        return DivergingScale.needsLightText(rgb) ? Color.WHITE : Color.web("#1f2733");
    }

    private static Color fx(int rgb) {
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
