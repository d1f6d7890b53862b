package org.journeystudio.store;

import java.time.Instant;

/**
 * A row this studio changed that someone else changed (or deleted) after this studio loaded it; the save wrote
 * nothing.
 *
 * @param touchpointId the touchpoint's id, or empty when the conflict is in the project's own fields
 * @param title        the touchpoint's (or project's) title as this studio has it, to name it to the user
 * @param changedBy    who changed it last, empty when the library does not know
 * @param changedAt    when, or {@code null} when the library does not know
 * @param deleted      whether the other change deleted the touchpoint
 */
public record RowConflict(String touchpointId, String title, String changedBy, Instant changedAt, boolean deleted) {
    /** Whether the conflict is in the project's own fields rather than a touchpoint. */
    public boolean inProject() {
        return touchpointId.isEmpty();
    }
}
