package org.journeystudio.ui.guide;

import javafx.beans.value.ObservableValue;
import org.journeystudio.i18n.Messages;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.usecase.ExerciseStep;
import org.journeystudio.usecase.StudentExercise;

/**
 * What the guide's step buttons do: create the to-be scenario from the as-is (one undo step, through the
 * session), or open the comparison of the two, which the editor offers once a compare view is wired to it.
 */
final class GuideActions {
    private final EditorSession session;
    private final ObservableValue<Runnable> compare;

    /** @param compare opens the compare view; null while the editor has none */
    GuideActions(EditorSession session, ObservableValue<Runnable> compare) {
        this.session = session;
        this.compare = compare;
    }

    /** The compare view's opener, for a guide that re-checks its buttons when one arrives. */
    ObservableValue<Runnable> compare() {
        return compare;
    }

    String label(ExerciseStep.Action action) {
        return switch (action) {
            case CREATE_TO_BE -> Messages.text("guide.createToBe");
            case COMPARE -> Messages.text("guide.compare");
            case NONE -> "";
        };
    }

    /** Whether the editor can do it at all (the comparison needs a compare view). */
    boolean available(ExerciseStep.Action action) {
        return action != ExerciseStep.Action.COMPARE || compare.getValue() != null;
    }

    /** The button's tooltip: what it does, or why it is off. */
    String explanation(ExerciseStep step) {
        return switch (step.action()) {
            case CREATE_TO_BE -> step.actionReady()
                    ? Messages.text("guide.createToBeExplained") : Messages.text("guide.hasToBe");
            case COMPARE -> Messages.text(!available(step.action()) ? "guide.noCompareView"
                    : step.actionReady() ? "guide.compareExplained" : "guide.createToBeFirst");
            case NONE -> "";
        };
    }

    void run(ExerciseStep.Action action) {
        switch (action) {
            case CREATE_TO_BE -> session.runStep(StudentExercise.createToBe(session.map()));
            case COMPARE -> {
                Runnable open = compare.getValue();
                if (open != null) {
                    open.run();
                }
            }
            case NONE -> { }
        }
    }
}
