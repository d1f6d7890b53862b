package org.journeystudio.layout;

import java.util.List;

/**
 * A pain point or opportunity as a sticky note in its lane, with its text already wrapped into lines
 * that fit the note.
 *
 * @param severity the pain point's severity 1–3; 0 for an opportunity
 */
public record StickyNote(String touchpointId, NoteKind kind, String text, int severity, List<String> lines, Box box) {

    public StickyNote {
        lines = List.copyOf(lines);
    }
}
