package org.journeystudio.editing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.journeystudio.edit.merge.FieldConflict;

/**
 * A field both this user and someone else changed, with who made the other change and when (as the team library
 * knows it: the touchpoint's row, or the project's for other elements).
 */
public record TeamConflict(FieldConflict field, String changedBy, Instant changedAt, String elementName) {
    /** A conflict whose element is named by its id. */
    public TeamConflict(FieldConflict field, String changedBy, Instant changedAt) {
        this(field, changedBy, changedAt, "");
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());

    /** The question to the user in one line: "You and Ana both changed the title of touchpoint 'Pay'". */
    public String headline() {
        String kind = field.kind().name().toLowerCase(Locale.ROOT);
        return field.aboutDeletion() ? (field.mine() == null ? "You deleted the " + kind + " that " + who()
                + " changed" : who() + " deleted the " + kind + " you changed")
                : "You and " + who() + " both changed the " + field.field() + " of " + kind + " "
                + (elementName == null || elementName.isBlank() ? field.elementId() : "'" + elementName + "'");
    }

    /** Their value, who set it and when, then mine. */
    public String details() {
        return "Theirs (" + changedByLine() + "): " + theirsShown() + "\nYours: " + mineShown();
    }

    /** Who changed theirs and when: "Bob on 5 Dec 2026, 10:02". */
    public String changedByLine() {
        return who() + (changedAt == null ? "" : " on " + WHEN.format(changedAt));
    }

    /** Their value as the user reads it ("(deleted)" for an element they deleted). */
    public String theirsShown() {
        return shown(field.theirs());
    }

    /** My value as the user reads it. */
    public String mineShown() {
        return shown(field.mine());
    }

    private String who() {
        return changedBy.isBlank() ? "someone else" : changedBy;
    }

    private static String shown(Object value) {
        return value == null ? "(deleted)" : value instanceof Record ? "(kept)" : String.valueOf(value);
    }
}
