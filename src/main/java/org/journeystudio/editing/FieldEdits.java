package org.journeystudio.editing;

import org.journeystudio.edit.CommandFailedException;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.RatingOriginLedger;

/**
 * How a form (the inspector) changes the map: every edit is one command on the document. Typing continues the
 * open undo step (the command merges with the one before); a click, a choice, an add or a remove is always a
 * step of its own. A refused command becomes a message beside the field instead of an exception.
 */
public final class FieldEdits {
    /** Where a field shows why its last edit was refused. */
    public interface Feedback {
        void show(String problem);

        void clear();
    }

    private final Document document;
    private final RatingOriginLedger ratingOrigins;
    private final RefreshGuard guard = new RefreshGuard();

    public FieldEdits(Document document, RatingOriginLedger ratingOrigins) {
        this.document = document;
        this.ratingOrigins = ratingOrigins;
    }

    public JourneyMap map() {
        return document.map();
    }

    /** Where each rating came from; a rating typed into a form goes through {@link RatingOriginLedger#typedByHand}. */
    public RatingOriginLedger ratingOrigins() {
        return ratingOrigins;
    }

    /** Runs {@code update} as a refresh from the map: control listeners fired by it must not edit. */
    public void refresh(Runnable update) {
        guard.run(update);
    }

    public boolean refreshing() {
        return guard.active();
    }

    /** One keystroke-level edit of a text: merges with the previous edit of the same field. */
    public boolean typed(MapCommand command, Feedback feedback) {
        return run(command, feedback);
    }

    /** A discrete gesture: its own undo step, never merged with typing before or after it. */
    public boolean step(MapCommand command, Feedback feedback) {
        if (guard.active()) {
            return false;
        }
        endTyping();
        try {
            return run(command, feedback);
        } finally {
            endTyping();
        }
    }

    /** The user left a field: the next edit starts a new undo step. */
    public void endTyping() {
        document.closeMerging();
    }

    private boolean run(MapCommand command, Feedback feedback) {
        if (guard.active() || command == null) {
            return false;
        }
        try {
            boolean changed = document.execute(command);
            feedback.clear();
            return changed;
        } catch (CommandFailedException e) {
            feedback.show(e.getMessage());
            return false;
        } catch (IllegalStateException e) {
            // Focus can leave a field while the document is busy telling its listeners (the field was removed
            // by a refresh); that focus change is no user edit, so it is dropped rather than re-entering.
            return false;
        }
    }
}
