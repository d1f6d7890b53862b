package org.journeystudio.ui.canvas;

import java.util.Optional;
import javafx.scene.Node;
import org.journeystudio.layout.NoteKind;

/**
 * Which pain point or opportunity a sticky note on the canvas shows: its touchpoint and its place in that
 * touchpoint's list. A note carries it so that clicking the note can select its touchpoint.
 */
record NoteRef(String touchpointId, NoteKind kind, int index) {
    private static final String PROPERTY = "journey-studio.note";

    /** The layer key of a note: touchpoint id, kind and index, which {@link #ofKey} reads back. */
    static String key(String touchpointId, NoteKind kind, int index) {
        return touchpointId + ":" + kind + ":" + index;
    }

    static NoteRef ofKey(String key) {
        int last = key.lastIndexOf(':');
        int middle = key.lastIndexOf(':', last - 1);
        return new NoteRef(key.substring(0, middle), NoteKind.valueOf(key.substring(middle + 1, last)),
                Integer.parseInt(key.substring(last + 1)));
    }

    void attachTo(Node note) {
        note.getProperties().put(PROPERTY, this);
    }

    /** The note that {@code target} is or lies in, if any. */
    static Optional<NoteRef> of(Node target) {
        return CanvasNodes.nearest(target, PROPERTY, NoteRef.class);
    }
}
