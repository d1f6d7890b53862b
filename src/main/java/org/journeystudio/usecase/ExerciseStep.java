package org.journeystudio.usecase;

/**
 * One step of the student exercise as the map stands: what to do, whether it is done, and how far it got.
 *
 * @param title       the step as a checklist line ("List every touchpoint")
 * @param instruction what to do, in a few sentences; a guide shows it while the step is open
 * @param done        whether the map fulfils the step
 * @param detail      how far the step got ("3 of 5 touchpoints"), or what it still needs
 */
public record ExerciseStep(String title, String instruction, boolean done, String detail) {
}
