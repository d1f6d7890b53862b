package org.journeystudio.ui.heatmap;

import javafx.scene.paint.Color;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;
import org.journeystudio.ui.FxColours;

/** The shared heatmap colour scale ({@link DivergingScale}) as JavaFX colours, so screen and exports match. */
public final class HeatmapColours {
    private HeatmapColours() {
    }

    public static Color of(DivergingScale scale, double value) {
        return FxColours.of(scale.rgb(value));
    }

    /** The palette's ink or paper, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        int rgb = ((int) Math.round(background.getRed() * 255) << 16)
                | ((int) Math.round(background.getGreen() * 255) << 8) | (int) Math.round(background.getBlue() * 255);
        return DivergingScale.needsLightText(rgb) ? FxColours.PAPER : FxColours.INK;
    }

    /** An inline style that fills a label with {@code rgb} and writes on it in ink or paper, whichever reads better. */
    public static String labelStyle(int rgb) {
        Rgb text = DivergingScale.needsLightText(rgb) ? Palette.PAPER : Palette.INK;
        return "-fx-background-color: " + Rgb.of(rgb).hex() + "; -fx-text-fill: " + text.hex() + ";";
    }
}
