package org.journeystudio.ui.heatmap;

import javafx.scene.control.TableCell;
import org.journeystudio.ratings.HeatmapRow;

/** The first column of a heatmap row: the touchpoint's title, or a stage heading styled as one. */
final class HeatmapNameCell extends TableCell<HeatmapRow, HeatmapRow> {
    // Style classes; their rules are in heatmap.css.
    private static final String STAGE_HEADING = "stage-heading";

    @Override
    protected void updateItem(HeatmapRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(empty || row == null ? null : row.title());
        getStyleClass().remove(STAGE_HEADING);
        if (!empty && row != null && row.stage()) {
            getStyleClass().add(STAGE_HEADING);
        }
    }
}
