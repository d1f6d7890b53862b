package org.journeystudio.edit;

import org.journeystudio.model.JourneyMap;

/**
 * What a {@link DocumentListener} hears after each change: the new map (what a listener saves and shows),
 * the map before (so a view can refresh only what differs), and which step caused it.
 *
 * @param description the command's description, e.g. {@code Move 'Pay' to Delivery}
 * @param revision    the document's revision after the change
 */
public record DocumentChange(Kind kind, JourneyMap previous, JourneyMap map, String description, long revision) {

    /** How the map changed. */
    public enum Kind {
        /** A command ran (possibly merged into the step before it). */
        EXECUTED,
        /** The latest step was undone. */
        UNDONE,
        /** An undone step was redone. */
        REDONE,
        /** The whole map was replaced from outside and the history cleared. */
        RESET,
        /** Others' changes were merged into the map; the history stays, its steps now undo only their own changes. */
        TAKEN_IN
    }
}
