package org.journeystudio.ui;

import javafx.scene.paint.Color;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;

/** The palette's colours as JavaFX colours, for the few places that colour nodes from code instead of CSS. */
public final class FxColours {
    public static final Color INK = of(Palette.INK);
    public static final Color PAPER = of(Palette.PAPER);

    private FxColours() {
    }

    public static Color of(Rgb colour) {
        return Color.rgb(colour.red(), colour.green(), colour.blue(), colour.opacity());
    }

    /** A 0xRRGGBB value, as the heatmap scale gives them. */
    public static Color of(int rgb) {
        return of(Rgb.of(rgb));
    }
}
