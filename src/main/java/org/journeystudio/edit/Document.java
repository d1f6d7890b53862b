package org.journeystudio.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.journeystudio.edit.merge.FieldMerge;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.MapValidator;
import org.journeystudio.model.ValidationProblem;

/**
 * The open journey map with its undo/redo history: the only way the canvas and inspector change a map.
 *
 * <p>{@link #execute} applies a command, checks the result with {@link MapValidator}, records one undo step
 * (or merges into the latest one for a continuing gesture) and tells every listener. A command that throws,
 * or whose map has a rule problem the map before did not have, leaves the document exactly as it was. A map
 * that already had problems when opened can still be edited, and fixed, as long as edits add none.
 *
 * <p>Not thread-safe: use it from one thread (the JavaFX application thread in the studio).
 */
public final class Document {
    /** How many undo steps a document keeps unless told otherwise. */
    public static final int DEFAULT_HISTORY_LIMIT = 200;

    private final UndoHistory history;
    private final List<DocumentListener> listeners = new CopyOnWriteArrayList<>();
    private JourneyMap map;
    private Set<ValidationProblem> knownProblems;
    private long revision;
    /** What is running now; set while a command applies or listeners hear a change, to refuse re-entry. */
    private String busyWith;

    public Document(JourneyMap map) {
        this(map, DEFAULT_HISTORY_LIMIT);
    }

    public Document(JourneyMap map, int historyLimit) {
        this.map = Objects.requireNonNull(map, "map");
        this.history = new UndoHistory(historyLimit);
        this.knownProblems = new HashSet<>(MapValidator.validate(map));
    }

    /** The map as it is now. */
    public JourneyMap map() {
        return map;
    }

    /** Counts every change (execute, merge, undo, redo, reset); a view compares it to know it is current. */
    public long revision() {
        return revision;
    }

    public int historyLimit() {
        return history.limit();
    }

    /**
     * Applies the command and records it as an undo step. Returns false when the command changed nothing
     * (a card dropped where it was): no step is recorded and nobody is told.
     *
     * @throws CommandFailedException when the command throws or its map breaks a rule; nothing changes then
     * @throws IllegalStateException  when called from inside a command or a listener
     */
    public boolean execute(MapCommand command) {
        Objects.requireNonNull(command, "command");
        enter(command.description());
        JourneyMap before = map;
        JourneyMap after;
        Set<ValidationProblem> afterProblems;
        try {
            after = Objects.requireNonNull(command.apply(before), "the command produced no map");
            afterProblems = new HashSet<>(MapValidator.validate(after));
        } catch (RuntimeException e) {
            busyWith = null;
            throw new CommandFailedException(command.description(), e);
        }
        List<ValidationProblem> added = afterProblems.stream().filter(p -> !knownProblems.contains(p)).toList();
        if (!added.isEmpty()) {
            busyWith = null;
            throw new CommandFailedException(command.description(), added);
        }
        if (after == before || after.equals(before)) {
            busyWith = null;
            return false;
        }
        history.record(command, before, after);
        change(DocumentChange.Kind.EXECUTED, before, after, afterProblems, command.description());
        return true;
    }

    /**
     * Records, as one undo step, the user's choice of the map as it is over {@code alternative}: undo takes the map to
     * the alternative, redo back. (A team conflict's "Keep theirs": their value is shown already, mine is the
     * alternative the user turned down, so without this step that choice could not be undone.) Listeners hear an
     * executed change whose map did not change. Returns false when the alternative is the map itself.
     *
     * @throws CommandFailedException when the alternative breaks a rule the map does not break
     */
    public boolean confirm(MapCommand command, JourneyMap alternative) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(alternative, "alternative");
        if (alternative.equals(map)) {
            return false;
        }
        List<ValidationProblem> added = MapValidator.validate(alternative).stream()
                .filter(p -> !knownProblems.contains(p)).toList();
        if (!added.isEmpty()) {
            throw new CommandFailedException(command.description(), added);
        }
        enter(command.description());
        history.closeMerging();
        history.record(command, alternative, map);
        history.closeMerging();
        change(DocumentChange.Kind.EXECUTED, map, map, knownProblems, command.description());
        return true;
    }

    public boolean canUndo() {
        return history.undoCount() > 0;
    }

    public boolean canRedo() {
        return history.redoCount() > 0;
    }

    /** The description of the step {@link #undo} would undo, e.g. {@code Move 'Pay' to Delivery}. */
    public Optional<String> undoDescription() {
        return history.latestUndo().map(step -> step.command().description());
    }

    /** The description of the step {@link #redo} would redo. */
    public Optional<String> redoDescription() {
        return history.latestRedo().map(step -> step.command().description());
    }

    /** Steps that can be undone now (at most {@link #historyLimit()}). */
    public int undoCount() {
        return history.undoCount();
    }

    /** Steps that can be redone now. */
    public int redoCount() {
        return history.redoCount();
    }

    /** Undoes the latest step; throws {@link IllegalStateException} when there is none. */
    public void undo() {
        if (!canUndo()) {
            throw new IllegalStateException("There is nothing to undo");
        }
        UndoHistory.Step step = history.latestUndo().orElseThrow();
        enter("Undo " + step.command().description());
        history.undo();
        change(DocumentChange.Kind.UNDONE, map, stepped(step.after(), step.before()), null,
                step.command().description());
    }

    /** Redoes the latest undone step; throws {@link IllegalStateException} when there is none. */
    public void redo() {
        if (!canRedo()) {
            throw new IllegalStateException("There is nothing to redo");
        }
        UndoHistory.Step step = history.latestRedo().orElseThrow();
        enter("Redo " + step.command().description());
        history.redo();
        change(DocumentChange.Kind.REDONE, map, stepped(step.before(), step.after()), null,
                step.command().description());
    }

    /**
     * The current map taken from a step's {@code from} to its {@code to}: exactly {@code to} while nothing else changed
     * the map since, else only the step's own element-level changes applied to the current map, so that what others
     * saved and this document took in meanwhile stays (a field they changed too keeps their value).
     */
    private JourneyMap stepped(JourneyMap from, JourneyMap to) {
        if (map == from || map.equals(from)) {
            return to;
        }
        return FieldMerge.merge(from, to, map).merged();
    }

    /**
     * Takes in the map with others' changes merged into it (a team library) and keeps the history: undo and redo
     * from now on take back or make again only this document's own steps. Returns false when nothing changed.
     */
    public boolean takeIn(JourneyMap merged, String description) {
        Objects.requireNonNull(merged, "merged");
        if (merged.equals(map)) {
            return false;
        }
        enter(description);
        history.closeMerging();
        change(DocumentChange.Kind.TAKEN_IN, map, merged, null, description);
        return true;
    }

    /**
     * Ends the current gesture: the next command becomes its own undo step even if it could merge with the
     * latest one. The UI calls this when a drag ends or a field loses focus.
     */
    public void closeMerging() {
        history.closeMerging();
    }

    /** Replaces the whole map (e.g. reloaded from the library) and forgets the history. */
    public void reset(JourneyMap newMap, String description) {
        Objects.requireNonNull(newMap, "newMap");
        enter(description);
        history.clear();
        change(DocumentChange.Kind.RESET, map, newMap, null, description);
    }

    /** Adds a listener; returns what removes it again. */
    public Runnable addListener(DocumentListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    public void removeListener(DocumentListener listener) {
        listeners.remove(listener);
    }

    private void enter(String what) {
        if (busyWith != null) {
            throw new IllegalStateException("Cannot start '" + what + "' while '" + busyWith
                    + "' is still running: commands and listeners must not edit the document themselves");
        }
        busyWith = what;
    }

    /**
     * Makes {@code next} the current map and tells every listener, even when one of them throws; the first
     * failure is rethrown afterwards (the change itself stands: the map in memory is the user's truth).
     */
    private void change(DocumentChange.Kind kind, JourneyMap previous, JourneyMap next,
                        Set<ValidationProblem> nextProblems, String description) {
        map = next;
        knownProblems = nextProblems != null ? nextProblems : new HashSet<>(MapValidator.validate(next));
        revision++;
        DocumentChange change = new DocumentChange(kind, previous, next, description, revision);
        RuntimeException failure = null;
        try {
            for (DocumentListener listener : listeners) {
                try {
                    listener.documentChanged(change);
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        } finally {
            busyWith = null;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
