package org.journeystudio.usecase;

/**
 * One step of the student exercise as the map stands: what to do, whether it is done, and how far it got.
 *
 * @param title       the step as a checklist line ("List every touchpoint")
 * @param instruction what to do, in a few sentences; a guide shows it while the step is open
 * @param done        whether the map fulfils the step
 * @param detail      how far the step got ("3 of 5 touchpoints"), or what it still needs
 * @param action      what the guide offers to do for the student in one click, or {@link Action#NONE}
 * @param actionReady whether that action can run on the map as it stands
 */
public record ExerciseStep(String title, String instruction, boolean done, String detail, Action action,
                           boolean actionReady) {
    /** A step's one-click help. */
    public enum Action {
        NONE,
        /** Copy the as-is into a to-be scenario ({@link StudentExercise#createToBe}). */
        CREATE_TO_BE,
        /** Open the comparison of the as-is and the to-be. */
        COMPARE
    }

    /** A step the student does alone. */
    public ExerciseStep(String title, String instruction, boolean done, String detail) {
        this(title, instruction, done, detail, Action.NONE, false);
    }
}
