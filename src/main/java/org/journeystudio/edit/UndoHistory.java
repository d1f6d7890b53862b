package org.journeystudio.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.journeystudio.model.JourneyMap;

/**
 * The undo and redo stacks of a {@link Document}. Each step keeps the map before and after its command; maps
 * are immutable and share their unchanged parts, so a step costs little more than the lists it changed.
 */
final class UndoHistory {

    /** One undo step: the command, and the maps it went from and to. */
    record Step(MapCommand command, JourneyMap before, JourneyMap after) {
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    /** False once the user did something that ends a gesture, so the next command starts its own step. */
    private boolean mergingOpen;

    UndoHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("The undo history must hold at least 1 step, not " + limit);
        }
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    /**
     * Records a command that took the map from {@code before} to {@code after}, merging it into the latest
     * step when that step is still open and its command accepts the merge. Clears the redo stack.
     */
    void record(MapCommand command, JourneyMap before, JourneyMap after) {
        redo.clear();
        Step latest = undo.peekLast();
        // Only a command run on the very map the latest step produced continues its gesture.
        if (mergingOpen && latest != null && latest.after() == before) {
            Optional<MapCommand> merged = latest.command().mergeWith(command);
            if (merged.isPresent()) {
                undo.removeLast();
                // A gesture that ends where it began (a field typed back to its old text) is no step at all.
                if (!latest.before().equals(after)) {
                    undo.addLast(new Step(merged.get(), latest.before(), after));
                }
                return;
            }
        }
        undo.addLast(new Step(command, before, after));
        mergingOpen = true;
        while (undo.size() > limit) {
            undo.removeFirst();
        }
    }

    Optional<Step> latestUndo() {
        return Optional.ofNullable(undo.peekLast());
    }

    Optional<Step> latestRedo() {
        return Optional.ofNullable(redo.peekLast());
    }

    Step undo() {
        Step step = undo.removeLast();
        redo.addLast(step);
        mergingOpen = false;
        return step;
    }

    Step redo() {
        Step step = redo.removeLast();
        undo.addLast(step);
        mergingOpen = false;
        return step;
    }

    void closeMerging() {
        mergingOpen = false;
    }

    int undoCount() {
        return undo.size();
    }

    int redoCount() {
        return redo.size();
    }

    void clear() {
        undo.clear();
        redo.clear();
        mergingOpen = false;
    }
}
