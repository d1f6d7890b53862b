package org.journeystudio.ui.survey;

import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Stage;
import org.journeystudio.ratings.NewTouchpointPlace;
import org.journeystudio.ratings.SurveyImportDraft;
import org.journeystudio.ratings.TouchpointChoice;
import org.journeystudio.ui.AccessibleNames;

/**
 * A wizard row: tick a column as a rating, see the touchpoint it was matched to (or "New touchpoint") and change
 * it, and choose the stage (and lane, when the map has several) a new touchpoint goes into.
 */
final class RatingPickCell extends ListCell<SurveyImportDraft.RatingPick> {
    // Style classes; their rules are in survey.css.
    private static final String TEXT_SCALE_NOTE = "text-scale-note";
    private static final String MATCHED_STAGE = "matched-stage";

    private final CheckBox use = new CheckBox();
    private final Label textScale = new Label(Messages.text("survey.textAnswersNote"));
    private final ComboBox<TouchpointChoice> target = new ComboBox<>();
    private final Label matchedStage = new Label();
    private final ComboBox<Stage> stage = new ComboBox<>();
    private final ComboBox<Lane> lane = new ComboBox<>();
    private final HBox box;
    private final boolean laneChoice;
    private final Function<TouchpointChoice, String> stageOf;
    private SurveyImportDraft.RatingPick pick;

    /**
     * @param choices what a column can rate: a new touchpoint or one of the map's
     * @param stages  the stages a new touchpoint may go into
     * @param lanes   the lanes a new touchpoint may go into (a lane choice is shown only when there are several)
     * @param stageOf the name of the stage a matched touchpoint is in
     */
    RatingPickCell(List<TouchpointChoice> choices, List<Stage> stages, List<Lane> lanes,
                   Function<TouchpointChoice, String> stageOf) {
        this.stageOf = stageOf;
        use.setWrapText(true);
        use.setMaxWidth(Double.MAX_VALUE);
        textScale.getStyleClass().add(TEXT_SCALE_NOTE);
        textScale.setWrapText(true);
        textScale.managedProperty().bind(textScale.visibleProperty());
        VBox column = new VBox(2, use, textScale);
        column.setAlignment(Pos.CENTER_LEFT);
        column.setMinWidth(0);
        HBox.setHgrow(column, Priority.ALWAYS);
        target.setId("ratingTarget");
        target.setPrefWidth(210);
        target.setMinWidth(150);
        target.setItems(FXCollections.observableArrayList(choices));
        stage.setId("ratingStage");
        AccessibleNames.nameWithValue(stage, Messages.text("a11y.survey.newStage"));
        stage.setItems(FXCollections.observableArrayList(stages));
        stage.setConverter(named(Stage::name));
        stage.setPrefWidth(140);
        stage.setMinWidth(100);
        stage.setTooltip(new Tooltip(Messages.text("survey.newTouchpointStage")));
        lane.setId("ratingLane");
        AccessibleNames.nameWithValue(lane, Messages.text("a11y.survey.newLane"));
        lane.setItems(FXCollections.observableArrayList(lanes));
        lane.setConverter(named(Lane::title));
        lane.setPrefWidth(130);
        lane.setMinWidth(90);
        lane.setTooltip(new Tooltip(Messages.text("survey.newTouchpointLane")));
        laneChoice = lanes.size() > 1;
        lane.setManaged(laneChoice);
        matchedStage.getStyleClass().add(MATCHED_STAGE);
        // A matched touchpoint's stage shows where a new one's stage choice would be.
        StackPane stageSlot = new StackPane(stage, matchedStage);
        stageSlot.setAlignment(Pos.CENTER_LEFT);
        box = new HBox(8, column, new Label("→"), target, stageSlot, lane);
        box.setAlignment(Pos.CENTER_LEFT);
        use.setOnAction(e -> {
            if (pick != null) {
                pick.use(use.isSelected());
                showChoices();
            }
        });
        target.setOnAction(e -> {
            if (pick != null && target.getValue() != null) {
                pick.target(target.getValue());
                showChoices();
            }
        });
        stage.setOnAction(e -> {
            if (pick != null && pick.place() != null && stage.getValue() != null) {
                pick.place(pick.place().inStage(stage.getValue().id()));
            }
        });
        lane.setOnAction(e -> {
            if (pick != null && pick.place() != null && lane.getValue() != null) {
                pick.place(pick.place().inLane(lane.getValue().id()));
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
        use.setTooltip(new Tooltip(item.column().name()));
        AccessibleNames.nameWithValue(target, Messages.text("a11y.survey.ratingTarget", item.column().name()));
        use.setSelected(item.used());
        textScale.setVisible(item.mayBeTextScale());
        target.setValue(item.target());
        NewTouchpointPlace place = item.place();
        stage.setValue(place == null ? null : stage.getItems().stream()
                .filter(s -> s.id().equals(place.stageId())).findFirst().orElse(null));
        lane.setValue(place == null ? null : lane.getItems().stream()
                .filter(l -> l.id().equals(place.laneId())).findFirst().orElse(null));
        pick = item;
        showChoices();
        setGraphic(box);
    }

    /** The stage and lane choices for a new touchpoint; for a matched one, the stage it is in. */
    private void showChoices() {
        boolean isNew = pick.target().id() == null;
        target.setDisable(!pick.used());
        stage.setVisible(isNew);
        stage.setDisable(!pick.used());
        lane.setDisable(!pick.used());
        lane.setVisible(isNew && laneChoice);
        matchedStage.setText(isNew ? "" : Messages.text("survey.inStage", stageOf.apply(pick.target())));
        matchedStage.setVisible(!isNew && pick.used());
    }

    private static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
