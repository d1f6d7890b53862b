package org.journeystudio.ui.survey;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Widths of the file preview's columns: wide enough for the header and the first rows' answers, so a preview shows
 * whole texts (the table scrolls sideways) instead of "ana@exam…"; a long free-text answer is capped.
 */
final class PreviewWidths {
    private static final double MIN = 60;
    private static final double MAX = 360;
    /** The cell's padding and a bold header's extra width. */
    private static final double PADDING = 28;

    private PreviewWidths() {
    }

    static double of(String header, List<List<String>> rows, int index) {
        double widest = width(header);
        for (List<String> row : rows) {
            if (index < row.size()) {
                widest = Math.max(widest, width(row.get(index)));
            }
        }
        return Math.min(MAX, Math.max(MIN, Math.ceil(widest * 1.08 + PADDING)));
    }

    private static double width(String text) {
        Text measured = new Text(text);
        measured.setFont(Font.getDefault());
        return measured.getLayoutBounds().getWidth();
    }
}
