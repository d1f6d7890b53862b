package org.journeystudio.ui.survey;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.journeystudio.ratings.SurveyImportDraft;
import org.journeystudio.ratings.TouchpointChoice;

/** A wizard row: tick a column as a rating and choose the touchpoint it rates. */
final class RatingPickCell extends ListCell<SurveyImportDraft.RatingPick> {
    // Style class; its rule is in survey.css.
    private static final String TEXT_SCALE_NOTE = "text-scale-note";

    private final CheckBox use = new CheckBox();
    private final Label textScale = new Label("text answers: tick to order them in step 3");
    private final Label arrow = new Label("→");
    private final ComboBox<TouchpointChoice> target = new ComboBox<>();
    private final HBox box;
    private SurveyImportDraft.RatingPick pick;

    /** @param choices what a column can rate: a new touchpoint or one of the map's */
    RatingPickCell(List<TouchpointChoice> choices) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        target.setPrefWidth(260);
        target.setItems(FXCollections.observableArrayList(choices));
        textScale.getStyleClass().add(TEXT_SCALE_NOTE);
        box = new HBox(10, use, textScale, gap, arrow, target);
        box.setAlignment(Pos.CENTER_LEFT);
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
        textScale.setVisible(item.mayBeTextScale());
        target.setValue(item.target());
        target.setDisable(!item.used());
        pick = item;
        setGraphic(box);
    }
}
