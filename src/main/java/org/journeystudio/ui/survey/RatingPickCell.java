package org.journeystudio.ui.survey;

import org.journeystudio.ratings.SurveyImportDraft;
import org.journeystudio.ratings.TouchpointChoice;

import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A wizard row: tick a column as a rating and choose the touchpoint it rates. */
final class RatingPickCell extends ListCell<SurveyImportDraft.RatingPick> {
    private final CheckBox use = new CheckBox();
    private final Label arrow = new Label("→");
    private final ComboBox<TouchpointChoice> target = new ComboBox<>();
    private final HBox box;
    private SurveyImportDraft.RatingPick pick;

    RatingPickCell() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        target.setPrefWidth(260);
        box = new HBox(10, use, gap, arrow, target);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        use.setOnAction(e -> {
            if (pick != null) {
                pick.use(use.isSelected());
                target.setDisable(!pick.used());
            }
        });
        target.setOnAction(e -> {
            if (pick != null && target.getValue() != null) {
                pick.target(target.getValue());
            }
        });
    }

    @Override
    protected void updateItem(SurveyImportDraft.RatingPick item, boolean empty) {
        super.updateItem(item, empty);
        pick = null;
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        use.setText(item.column().name());
        use.setSelected(item.used());
        if (target.getItems().isEmpty()) {
            target.setItems(FXCollections.observableArrayList(choices()));
        }
        target.setValue(item.target());
        target.setDisable(!item.used());
        pick = item;
        setGraphic(box);
    }

    private java.util.List<TouchpointChoice> choices() {
        Object map = getListView().getProperties().get("map");
        return map instanceof org.journeystudio.model.JourneyMap journey
                ? TouchpointChoice.all(journey) : java.util.List.of(TouchpointChoice.NEW);
    }
}
