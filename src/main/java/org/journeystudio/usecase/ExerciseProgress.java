package org.journeystudio.usecase;

import java.util.List;
import org.journeystudio.i18n.Messages;

/** The student exercise's steps, in order, checked against one state of the map. */
public record ExerciseProgress(List<ExerciseStep> steps) {

    public ExerciseProgress {
        steps = List.copyOf(steps);
    }

    public int doneCount() {
        return (int) steps.stream().filter(ExerciseStep::done).count();
    }

    public boolean finished() {
        return doneCount() == steps.size();
    }

    /** From 0 to 1, for a progress bar. */
    public double fraction() {
        return steps.isEmpty() ? 1 : doneCount() / (double) steps.size();
    }

    /** "3 of 6 steps done". */
    public String summary() {
        return Messages.text("exercise.stepsDone", doneCount(), steps.size());
    }

    /** The first step not done yet, the one to work on; -1 when every step is done. */
    public int currentStep() {
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).done()) {
                return i;
            }
        }
        return -1;
    }
}
