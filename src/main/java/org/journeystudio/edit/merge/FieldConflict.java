package org.journeystudio.edit.merge;

/**
 * One field both sides changed to different values since their common base: the user picks theirs or mine.
 *
 * @param kind      what the element is (the project for its own fields)
 * @param elementId the element's id (the map's id for the project's own fields)
 * @param field     the record component that differs ("title", "painPoints"…), or {@link #WHOLE} when one side
 *                  deleted the element that the other changed
 * @param base      the value both started from
 * @param mine      this studio's value ({@code null} for an element this studio deleted)
 * @param theirs    the other studio's value ({@code null} for an element they deleted)
 */
public record FieldConflict(ElementKind kind, String elementId, String field, Object base, Object mine, Object theirs) {
    /** The field name of a conflict between deleting an element and changing it. */
    public static final String WHOLE = "";

    public boolean aboutDeletion() {
        return field.equals(WHOLE);
    }
}
