package org.journeystudio.ui.guide;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.usecase.ExerciseProgress;
import org.journeystudio.usecase.StudentExercise;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The student exercise's guide beside the map: its steps as a checklist that ticks itself as the map fills in
 * ({@link StudentExercise} decides), the progress, each open step's instructions (a done step folds them away)
 * and one-click help (create the to-be, compare it with the as-is), and the one-click export to hand in. It presents only; the map changes through the editor as ever.
 */
final class ExerciseGuide {
    private static final String STYLESHEET = "guide.css";
    private static final String GUIDE = "exercise-guide";
    private static final String HEADING = "guide-heading";
    private static final String PROGRESS_TEXT = "guide-progress";
    private static final String HAND_IN_NOTE = "guide-hand-in-note";

    private final EditorSession session;
    private final VBox view = new VBox();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label handInNote = new Label();
    private final List<GuideStepView> steps = new ArrayList<>();
    private final ChangeListener<JourneyMap> follow = (obs, old, map) -> show(StudentExercise.check(map));
    private final InvalidationListener compareArrived;
    private final GuideActions actions;

    ExerciseGuide(EditorSession session, Runnable handIn, Runnable hide, GuideActions actions) {
        this.session = session;
        this.actions = actions;
        this.compareArrived = o -> show(StudentExercise.check(session.map()));
        view.getStyleClass().add(GUIDE);
        view.setId("exerciseGuide");
        view.getStylesheets().add(ExerciseGuide.class.getResource(STYLESHEET).toExternalForm());
        view.setFillWidth(true);

        Label heading = new Label(Messages.text("guide.yourExercise"), new FontIcon(Feather.CHECK_SQUARE));
        heading.getStyleClass().add(HEADING);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.getStyleClass().addAll("flat", "button-icon");
        close.setId("hideGuide");
        close.setTooltip(new Tooltip(Messages.text("guide.hideTooltip")));
        close.setAccessibleText(Messages.text("guide.hide"));
        close.setOnAction(e -> hide.run());
        HBox top = new HBox(heading, gap, close);
        top.setAlignment(Pos.CENTER_LEFT);

        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("guideProgress");
        progressText.getStyleClass().add(PROGRESS_TEXT);
        progressText.setId("guideProgressText");

        VBox stepBox = new VBox();
        stepBox.getStyleClass().add("guide-steps");
        ExerciseProgress first = StudentExercise.check(session.map());
        for (int i = 0; i < first.steps().size(); i++) {
            GuideStepView step = new GuideStepView(i + 1, actions);
            steps.add(step);
            stepBox.getChildren().add(step.view());
        }
        ScrollPane scroll = new ScrollPane(stepBox);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button export = new Button(Messages.text("guide.exportForHandIn"), new FontIcon(Feather.DOWNLOAD));
        export.setId("handInButton");
        export.setMaxWidth(Double.MAX_VALUE);
        export.setWrapText(true);
        export.setMinHeight(Region.USE_PREF_SIZE);
        export.setTooltip(new Tooltip(Messages.text("guide.exportTooltip")));
        export.setOnAction(e -> handIn.run());
        handInNote.getStyleClass().add(HAND_IN_NOTE);
        handInNote.setWrapText(true);
        handInNote.setMinHeight(Region.USE_PREF_SIZE);

        view.getChildren().addAll(top, bar, progressText, scroll, export, handInNote);
        show(first);
        session.mapProperty().addListener(follow);
        actions.compare().addListener(compareArrived);
    }

    Node view() {
        return view;
    }

    /** Stops following the map: the guide is hidden for good. */
    void dispose() {
        session.mapProperty().removeListener(follow);
        actions.compare().removeListener(compareArrived);
    }

    private void show(ExerciseProgress progress) {
        bar.setProgress(progress.fraction());
        progressText.setText(progress.summary());
        int current = progress.currentStep();
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).show(progress.steps().get(i), i == current);
        }
        int open = progress.steps().size() - progress.doneCount();
        handInNote.setText(progress.finished() ? Messages.text("guide.allDone") : Messages.text("guide.stepsOpen", open));
    }
}
