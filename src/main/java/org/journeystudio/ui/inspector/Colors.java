package org.journeystudio.ui.inspector;

import java.util.Locale;
import java.util.Set;
import javafx.scene.control.ColorPicker;
import javafx.scene.paint.Color;
import org.journeystudio.style.SegmentPalette;

/** Colours of segments and personas: the model's #rrggbb text, a compact picker, and the palette's for new ones. */
public final class Colors {
    private Colors() {
    }

    public static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }

    /** The first segment palette colour nobody uses yet, so a new segment stands out from the others. */
    public static String unused(Set<String> taken) {
        return SegmentPalette.next(taken, taken.size());
    }

    public static ColorPicker picker() {
        ColorPicker picker = new ColorPicker();
        picker.getStyleClass().addAll(ColorPicker.STYLE_CLASS_BUTTON, InspectorStyles.SWATCH_PICKER);
        return picker;
    }
}
