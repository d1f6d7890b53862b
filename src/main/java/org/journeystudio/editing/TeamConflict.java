package org.journeystudio.editing;

import java.time.Instant;
import org.journeystudio.edit.merge.FieldConflict;

/**
 * A field both this user and someone else changed, with who made the other change and when (as the team library
 * knows it: the touchpoint's row, or the project's for other elements).
 */
public record TeamConflict(FieldConflict field, String changedBy, Instant changedAt) {
}
