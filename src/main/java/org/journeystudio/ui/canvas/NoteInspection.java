package org.journeystudio.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.journeystudio.layout.NoteKind;

/**
 * Opens a sticky note in the inspector: with its touchpoint selected, the inspector lists the touchpoint's
 * pain points and opportunities in the same order as the notes; this puts the keyboard into the note's row.
 */
final class NoteInspection {
    private NoteInspection() {
    }

    /** Focuses the text of the note's row in {@code inspector}; false when the inspector does not show it. */
    static boolean focus(Parent inspector, NoteRef note) {
        String rows = "." + (note.kind() == NoteKind.PAIN_POINT ? "pain-point" : "opportunity") + "-row";
        List<Node> shown = new ArrayList<>(inspector.lookupAll(rows));
        if (note.index() >= shown.size()) {
            return false;
        }
        Node text = shown.get(note.index()).lookup(".item-text");
        if (text == null) {
            return false;
        }
        text.requestFocus();
        return true;
    }
}
