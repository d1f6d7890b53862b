package org.journeystudio.store;

import java.time.Instant;
import java.util.Objects;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Limits;

/**
 * A version with its map, as it travels outside the library: in a {@code .journey.json} file exported with its
 * versions, and back into a library on import.
 *
 * @param name      what the user called it; never blank
 * @param note      the user's note, possibly empty
 * @param created   when it was kept
 * @param automatic true when the studio kept it before an edit
 * @param map       the map as it was
 */
public record KeptVersion(String name, String note, Instant created, boolean automatic, JourneyMap map) {

    public KeptVersion {
        name = requireName(name);
        note = requireNote(note);
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(map, "map");
    }

    /** The name, stripped; refuses a blank or too long one with a message for the user. */
    static String requireName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("storage.versionNeedsName"));
        }
        if (stripped.length() > Limits.TITLE) {
            throw new IllegalArgumentException(Messages.text("storage.versionNameTooLong", Limits.TITLE,
                    stripped.length()));
        }
        return stripped;
    }

    /** The note, never null; refuses one longer than {@link Limits#LONG_TEXT}. */
    static String requireNote(String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > Limits.LONG_TEXT) {
            throw new IllegalArgumentException(Messages.text("storage.versionNoteTooLong", Limits.LONG_TEXT,
                    text.length()));
        }
        return text;
    }
}
