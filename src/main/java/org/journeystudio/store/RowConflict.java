package org.journeystudio.store;

import java.time.Instant;

/**
 * A row this studio changed that someone else changed (or deleted) after this studio loaded it; the save wrote
 * nothing.
 *
 * @param elementId the touchpoint's (stage's, lane's…) id, or empty when the conflict is in the project's own fields
 * @param title     the element's name (or project's title) as this studio has it, to name it to the user
 * @param changedBy who changed it last, empty when the library does not know
 * @param changedAt when, or {@code null} when the library does not know
 * @param deleted   whether the other change deleted the element
 * @param kind      what the element is: "touchpoint", "stage", "lane", "segment", "persona", "opportunity", or
 *                  "project" for the project's own fields
 */
public record RowConflict(String elementId, String title, String changedBy, Instant changedAt, boolean deleted,
        String kind) {
    /** A conflict on a touchpoint, or on the project's own fields when {@code elementId} is empty. */
    public RowConflict(String elementId, String title, String changedBy, Instant changedAt, boolean deleted) {
        this(elementId, title, changedBy, changedAt, deleted, elementId.isEmpty() ? "project" : "touchpoint");
    }

    /** Whether the conflict is in the project's own fields rather than an element. */
    public boolean inProject() {
        return elementId.isEmpty();
    }
}
