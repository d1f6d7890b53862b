package org.journeystudio.ui.inspector;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.ColorPicker;
import javafx.scene.paint.Color;

/** Colours of segments and personas: the model's #rrggbb text, a compact picker, and a palette for new ones. */
public final class Colors {
    /** Tableau 10: distinct on screen and in print, and what the templates use. */
    private static final List<String> PALETTE = List.of("#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2",
            "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac");

    private Colors() {
    }

    public static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }

    /** The first palette colour nobody uses yet, so a new segment stands out from the others. */
    public static String unused(Set<String> taken) {
        return PALETTE.stream().filter(c -> !taken.contains(c)).findFirst().orElse(PALETTE.get(taken.size() % PALETTE.size()));
    }

    public static ColorPicker picker() {
        ColorPicker picker = new ColorPicker();
        picker.getStyleClass().addAll(ColorPicker.STYLE_CLASS_BUTTON, "swatch-picker");
        return picker;
    }
}
