package org.journeystudio.editing;

import java.util.concurrent.Executor;
import org.journeystudio.edit.CommandFailedException;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.RatingOriginLedger;

/**
 * How a form (the inspector) changes the map: every edit is one command on the document. Typing continues the
 * open undo step (the command merges with the one before); a click, a choice, an add or a remove is always a
 * step of its own. A refused command becomes a message beside the field instead of an exception. Typed text
 * is never dropped: text applied while the document is busy telling its listeners (a field that loses the focus
 * because a refresh hid it) is applied just after, as a step of its own.
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
    private final Executor afterChange;

    /**
     * @param afterChange runs what cannot run now because the document or a refresh is busy, once they are done
     *                    (the FX thread's {@code Platform::runLater} in the studio)
     */
    public FieldEdits(Document document, RatingOriginLedger ratingOrigins, Executor afterChange) {
        this.document = document;
        this.ratingOrigins = ratingOrigins;
        this.afterChange = afterChange;
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

    /**
     * Typed text applied: merges with the previous edit of the same field. During a refresh, or while the
     * document tells its listeners, it runs just after them instead (as its own step), never not at all.
     */
    public boolean typed(MapCommand command, Feedback feedback) {
        if (command == null) {
            return false;
        }
        if (guard.active()) {
            later(command, feedback);
            return false;
        }
        try {
            return run(command, feedback);
        } catch (IllegalStateException busy) {
            later(command, feedback);
            return false;
        }
    }

    private void later(MapCommand command, Feedback feedback) {
        afterChange.execute(() -> step(command, feedback));
    }

    /** A discrete gesture: its own undo step, never merged with typing before or after it. */
    public boolean step(MapCommand command, Feedback feedback) {
        if (guard.active()) {
            return false;
        }
        endTyping();
        try {
            return run(command, feedback);
        } catch (IllegalStateException busy) {
            // A click can only reach here through a control that a listener changed: no gesture of the user's.
            return false;
        } finally {
            endTyping();
        }
    }

    /** The user left a field: the next edit starts a new undo step. */
    public void endTyping() {
        document.closeMerging();
    }

    /** Runs the command; throws {@link IllegalStateException} when the document is busy telling its listeners. */
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
        }
    }
}
