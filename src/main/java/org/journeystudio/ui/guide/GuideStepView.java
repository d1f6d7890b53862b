package org.journeystudio.ui.guide;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.journeystudio.usecase.ExerciseStep;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One step of the guide: a tick and the step's name (a button that folds its instructions in and out), how far
 * it got, and its instructions. The instructions open by themselves on the step to work on and fold away when
 * the step is done; what the student opened or closed by hand stays so until the step's state changes.
 */
final class GuideStepView {
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final int number;
    private final VBox view = new VBox();
    private final Button title = new Button();
    private final FontIcon tick = new FontIcon(Feather.CIRCLE);
    private final Label detail = new Label();
    private final Label instruction = new Label();
    private Boolean shownDone;
    private boolean shownCurrent;

    GuideStepView(int number) {
        this.number = number;
        view.getStyleClass().add("guide-step");
        view.setId("guideStep" + number);
        title.getStyleClass().addAll("flat", "guide-step-title");
        title.setGraphic(tick);
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setOnAction(e -> fold(!instruction.isVisible()));
        detail.getStyleClass().add("guide-step-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        instruction.getStyleClass().add("guide-step-instruction");
        instruction.setWrapText(true);
        instruction.setMinHeight(Region.USE_PREF_SIZE);
        view.getChildren().addAll(title, detail, instruction);
    }

    Node view() {
        return view;
    }

    void show(ExerciseStep step, boolean current) {
        title.setText(number + ". " + step.title());
        detail.setText(step.detail());
        instruction.setText(step.instruction());
        tick.setIconCode(step.done() ? Feather.CHECK_CIRCLE : Feather.CIRCLE);
        view.pseudoClassStateChanged(DONE, step.done());
        view.pseudoClassStateChanged(CURRENT, current);
        title.setAccessibleText("Step " + number + ", " + step.title() + ", " + (step.done() ? "done" : "to do")
                + ": " + step.detail());
        if (shownDone == null || shownDone != step.done() || shownCurrent != current) {
            fold(!step.done() && current);
        }
        shownDone = step.done();
        shownCurrent = current;
    }

    private void fold(boolean open) {
        instruction.setVisible(open);
        instruction.setManaged(open);
    }
}
