package org.journeystudio.ui.survey;

import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.journeystudio.i18n.Messages;
import org.journeystudio.ratings.TextScaleChoices;
import org.journeystudio.survey.TextScales;

/**
 * One answer of a text scale on the scales page: the number it counts as, its text, how many answered it, and a
 * box to mark it not applicable. Dragged onto another answer of the same scale, it moves there (a press-drag-
 * release gesture, so it stays inside the window and needs no clipboard).
 */
final class ScaleAnswerCell extends ListCell<TextScales.Answer> {
    // Style classes and pseudo-class; their rules are in survey.css.
    private static final String ANSWER_CELL = "scale-answer";
    private static final String NUMBER = "scale-number";
    private static final String COUNT = "scale-count";
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final TextScaleChoices.Scale scale;
    private final Label number = new Label();
    private final Label text = new Label();
    private final Label count = new Label();
    private final CheckBox notApplicable = new CheckBox(Messages.text("survey.notApplicableAnswer"));
    private final HBox box = new HBox(12, number, text, count, notApplicable);
    private boolean filling;

    /**
     * @param moved    told (from, to) when an answer is dropped on another
     * @param changed  told when an answer is marked not applicable or a point again
     */
    ScaleAnswerCell(TextScaleChoices.Scale scale, BiConsumer<Integer, Integer> moved, Runnable changed) {
        this.scale = scale;
        getStyleClass().add(ANSWER_CELL);
        number.getStyleClass().add(NUMBER);
        number.setMinWidth(28);
        count.getStyleClass().add(COUNT);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        notApplicable.selectedProperty().addListener((obs, old, marked) -> {
            if (!filling && !isEmpty()) {
                scale.notApplicable(getIndex(), marked);
                changed.run();
            }
        });
        setOnDragDetected(e -> {
            if (!isEmpty()) {
                startFullDrag();
            }
        });
        setOnMouseDragEntered(e -> pseudoClassStateChanged(DROP_TARGET, true));
        setOnMouseDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
        setOnMouseDragReleased(e -> {
            pseudoClassStateChanged(DROP_TARGET, false);
            if (e.getGestureSource() instanceof ScaleAnswerCell source && source.getListView() == getListView()
                    && !source.isEmpty()) {
                int to = isEmpty() ? getListView().getItems().size() - 1 : getIndex();
                moved.accept(source.getIndex(), to);
            }
        });
    }

    @Override
    protected void updateItem(TextScales.Answer item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        filling = true;
        int point = scale.number(getIndex());
        number.setText(point == 0 ? "–" : String.valueOf(point));
        text.setText(item.label());
        count.setText("×" + item.count());
        notApplicable.setSelected(scale.notApplicable(getIndex()));
        filling = false;
        setGraphic(box);
    }
}
