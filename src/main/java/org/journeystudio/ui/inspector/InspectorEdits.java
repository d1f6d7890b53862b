package org.journeystudio.ui.inspector;

import org.journeystudio.edit.CommandFailedException;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ui.editor.EditorSession;
import org.journeystudio.ui.editor.RefreshGuard;

/**
 * How the inspector changes the map: every edit is one command on the session. Typing continues the open undo
 * step (the command merges with the one before); a click, a choice, an add or a remove is always a step of its
 * own. A refused command becomes a message beside the field instead of an exception.
 */
final class InspectorEdits {
    private final EditorSession session;
    private final RefreshGuard guard = new RefreshGuard();

    InspectorEdits(EditorSession session) {
        this.session = session;
    }

    JourneyMap map() {
        return session.map();
    }

    EditorSession session() {
        return session;
    }

    /** Runs {@code update} as a refresh from the map: control listeners fired by it must not edit. */
    void refresh(Runnable update) {
        guard.run(update);
    }

    boolean refreshing() {
        return guard.active();
    }

    /** One keystroke-level edit of a text: merges with the previous edit of the same field. */
    boolean typed(MapCommand command, InlineMessage message) {
        return run(command, message);
    }

    /** A discrete gesture: its own undo step, never merged with typing before or after it. */
    boolean step(MapCommand command, InlineMessage message) {
        if (guard.active()) {
            return false;
        }
        endTyping();
        try {
            return run(command, message);
        } finally {
            endTyping();
        }
    }

    /** The user left a field: the next edit starts a new undo step. */
    void endTyping() {
        session.document().closeMerging();
    }

    private boolean run(MapCommand command, InlineMessage message) {
        if (guard.active() || command == null) {
            return false;
        }
        try {
            boolean changed = session.execute(command);
            message.clear();
            return changed;
        } catch (CommandFailedException e) {
            message.show(e.getMessage());
            return false;
        } catch (IllegalStateException e) {
            // Focus can leave a field while the document is busy telling its listeners (the field was removed
            // by a refresh); that focus change is no user edit, so it is dropped rather than re-entering.
            return false;
        }
    }
}
