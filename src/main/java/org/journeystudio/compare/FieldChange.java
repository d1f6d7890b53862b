package org.journeystudio.compare;

/**
 * One field of a touchpoint that differs between the two states, with both values as a user reads them.
 *
 * @param field  the field's name as in {@code .journey.json} ("title", "stage", "painPoints"…)
 * @param before the old value as text
 * @param after  the new value as text
 */
public record FieldChange(String field, String before, String after) {
}
