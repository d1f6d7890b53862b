package org.journeystudio.ui.heatmap;

import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.layout.ProjectorContrast;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;
import org.journeystudio.ui.FxColours;

/** The shared heatmap colour scale ({@link DivergingScale}) as JavaFX colours, so screen and exports match. */
public final class HeatmapColours {
    /** Diagonal stripes over a cell with too few answers to judge by its colour. */
    public static final BackgroundFill HATCH = new BackgroundFill(new LinearGradient(0, 0, 6, 6, false,
            CycleMethod.REPEAT, new Stop(0, Color.TRANSPARENT), new Stop(0.6, Color.TRANSPARENT),
            new Stop(0.6, FxColours.of(Palette.LOW_N_EDGE.withOpacity(0.22))),
            new Stop(1, FxColours.of(Palette.LOW_N_EDGE.withOpacity(0.22)))), null, null);

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

    /**
     * The same for a projector: the fill darkened or lightened as little as gives its text 4.5:1
     * ({@link ProjectorContrast}).
     */
    public static String projectorLabelStyle(int rgb) {
        Rgb fill = ProjectorContrast.cardFill(Rgb.of(rgb));
        return "-fx-background-color: " + fill.hex() + "; -fx-text-fill: " + ProjectorContrast.textOn(fill).hex() + ";";
    }

    /** An inline style that fills a label with {@code rgb} and writes on it in ink or paper, whichever reads better. */
    public static String labelStyle(int rgb) {
        Rgb text = DivergingScale.needsLightText(rgb) ? Palette.PAPER : Palette.INK;
        return "-fx-background-color: " + Rgb.of(rgb).hex() + "; -fx-text-fill: " + text.hex() + ";";
    }
}
