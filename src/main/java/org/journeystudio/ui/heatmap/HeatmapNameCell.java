package org.journeystudio.ui.heatmap;

import javafx.scene.control.TableCell;
import org.journeystudio.ratings.HeatmapRow;

/** The first column of a heatmap row: the touchpoint's title, or a stage heading styled as one. */
final class HeatmapNameCell extends TableCell<HeatmapRow, HeatmapRow> {
    @Override
    protected void updateItem(HeatmapRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(empty || row == null ? null : row.title());
        getStyleClass().remove(HeatmapStyles.STAGE_HEADING);
        if (!empty && row != null && row.stage()) {
            getStyleClass().add(HeatmapStyles.STAGE_HEADING);
        }
    }
}
