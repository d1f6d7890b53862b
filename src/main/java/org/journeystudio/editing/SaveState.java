package org.journeystudio.editing;

import org.journeystudio.i18n.Messages;

/**
 * Whether the open map is safely in the library: what the window title and status bar show.
 *
 * @param problem why the latest save failed; empty unless {@link Kind#NOT_SAVED}
 */
public record SaveState(Kind kind, String problem) {
    public static final SaveState SAVED = new SaveState(Kind.SAVED, "");
    public static final SaveState SAVING = new SaveState(Kind.SAVING, "");

    /** The three states a reader needs to tell apart. */
    public enum Kind { SAVED, SAVING, NOT_SAVED }

    public static SaveState notSaved(String problem) {
        return new SaveState(Kind.NOT_SAVED, problem);
    }

    /** "Saved", "Saving…" or "Not saved: the disk is full". */
    public String text() {
        return switch (kind) {
            case SAVED -> Messages.text("edits.saved");
            case SAVING -> Messages.text("edits.saving");
            case NOT_SAVED -> Messages.text("edits.notSaved", problem);
        };
    }
}
