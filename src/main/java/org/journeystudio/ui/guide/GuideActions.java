package org.journeystudio.ui.guide;

import javafx.beans.value.ObservableValue;
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
            case CREATE_TO_BE -> "Create the to-be scenario";
            case COMPARE -> "Compare as-is and to-be";
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
                    ? "Copies your map into a scenario called To-be and shows it; your as-is stays as it is"
                    : "Your map has its to-be scenario: switch to it with the tabs under the map";
            case COMPARE -> !available(step.action()) ? "The comparison view is not part of this version yet"
                    : step.actionReady() ? "Shows what changed from the as-is to the to-be, stage by stage"
                    : "Create the to-be scenario first";
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
