package org.journeystudio.ui.segments;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Segment;
import org.journeystudio.ui.StudioStyles;

/** A segment in the editor's list: its colour, name and share of customers. */
final class SegmentCell extends ListCell<Segment> {
    @Override
    protected void updateItem(Segment segment, boolean empty) {
        super.updateItem(segment, empty);
        setText(null);
        if (empty || segment == null) {
            setGraphic(null);
            return;
        }
        Region swatch = new Region();
        swatch.getStyleClass().add(StudioStyles.SEGMENT_SWATCH);
        swatch.setStyle("-fx-background-color: " + segment.color() + ";");
        Label name = new Label(segment.name().isEmpty() ? Messages.text("segments.unnamedSegment") : segment.name());
        Label share = new Label(segment.share() == null ? "" : Messages.text("segments.shareCell", Math.round(segment.share())));
        share.getStyleClass().add(SegmentsStyles.SEGMENT_CELL_SHARE);
        HBox row = new HBox(8, swatch, name, share);
        row.setAlignment(Pos.CENTER_LEFT);
        setGraphic(row);
    }
}
