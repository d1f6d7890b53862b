package org.journeystudio.ui.survey;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.journeystudio.ratings.SegmentLabelRow;

/** A wizard row: a segment label with its spellings, and a field to rename it (same name = merged). */
final class LabelRowCell extends ListCell<SegmentLabelRow> {
    // Style class; its rule is in survey.css.
    private static final String VARIANT_SPELLINGS = "variant-spellings";

    private final Label column = new Label();
    private final TextField name = new TextField();
    private final Label spellings = new Label();
    private final HBox box = new HBox(10, column, name, spellings);
    private SegmentLabelRow row;

    LabelRowCell() {
        column.setPrefWidth(140);
        name.setPrefWidth(200);
        spellings.getStyleClass().add(VARIANT_SPELLINGS);
        column.setLabelFor(name); // a screen reader names the field by its column, as the eye does
        box.setAlignment(Pos.CENTER_LEFT);
        name.textProperty().addListener((obs, old, text) -> {
            if (row != null) {
                row.rename(text);
            }
        });
    }

    @Override
    protected void updateItem(SegmentLabelRow item, boolean empty) {
        super.updateItem(item, empty);
        row = null;
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        column.setText(item.columnName());
        name.setText(item.name());
        spellings.setText(item.spellingsText());
        row = item;
        setGraphic(box);
    }
}
