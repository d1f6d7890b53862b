package org.journeystudio.ui.guide;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.journeystudio.i18n.Messages;
import org.journeystudio.usecase.ExerciseStep;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One step of the guide: a tick and the step's name (a button that folds its instructions in and out), how far
 * it got, its instructions, and the step's one-click help when it has one ("Create the to-be scenario"). The
 * instructions open by themselves on the step to work on and fold away when the step is done; what the student
 * opened or closed by hand stays so until the step's state changes.
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
    private final Button action = new Button();
    /** Holds the action button so that its tooltip still shows while the button is off. */
    private final StackPane actionSlot = new StackPane(action);
    private final Tooltip actionTip = new Tooltip();
    private final GuideActions actions;
    private Boolean shownDone;
    private boolean shownCurrent;

    GuideStepView(int number, GuideActions actions) {
        this.number = number;
        this.actions = actions;
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
        action.setId("guideAction" + number);
        action.setMaxWidth(Double.MAX_VALUE);
        action.setWrapText(true);
        action.setMinHeight(Region.USE_PREF_SIZE);
        actionSlot.getStyleClass().add("guide-step-action");
        Tooltip.install(actionSlot, actionTip);
        view.getChildren().addAll(title, detail, instruction, actionSlot);
    }

    Node view() {
        return view;
    }

    void show(ExerciseStep step, boolean current) {
        title.setText(Messages.text("guide.stepTitle", number, step.title()));
        detail.setText(step.detail());
        instruction.setText(step.instruction());
        tick.setIconCode(step.done() ? Feather.CHECK_CIRCLE : Feather.CIRCLE);
        view.pseudoClassStateChanged(DONE, step.done());
        view.pseudoClassStateChanged(CURRENT, current);
        title.setAccessibleText(Messages.text(step.done() ? "guide.stepDone" : "guide.stepToDo", number, step.title(),
                step.detail()));
        showAction(step);
        if (shownDone == null || shownDone != step.done() || shownCurrent != current) {
            fold(!step.done() && current);
        }
        shownDone = step.done();
        shownCurrent = current;
    }

    private void showAction(ExerciseStep step) {
        boolean offered = step.action() != ExerciseStep.Action.NONE;
        actionSlot.setVisible(offered);
        actionSlot.setManaged(offered);
        if (!offered) {
            return;
        }
        action.setText(actions.label(step.action()));
        action.setGraphic(new FontIcon(step.action() == ExerciseStep.Action.COMPARE ? Feather.COLUMNS
                : Feather.GIT_BRANCH));
        action.setOnAction(e -> actions.run(step.action()));
        action.setDisable(!step.actionReady() || !actions.available(step.action()));
        actionTip.setText(actions.explanation(step));
    }

    private void fold(boolean open) {
        instruction.setVisible(open);
        instruction.setManaged(open);
    }
}
