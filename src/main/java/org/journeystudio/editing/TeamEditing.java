package org.journeystudio.editing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.merge.FieldConflict;
import org.journeystudio.edit.merge.FieldMerge;
import org.journeystudio.edit.merge.ResolveConflict;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.LoadedProject;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.ProjectWatch;
import org.journeystudio.store.RowVersion;
import org.journeystudio.store.SaveOutcome;

/**
 * One open project on a team library, edited by several studios at once: saves over the version this studio has
 * (never over a row that moved on), takes in what others saved, merged field by field into the open document without
 * touching its selection or history, and hands the fields both changed to the user.
 *
 * <p>The document is only touched through {@code documentThread} (the JavaFX thread in the studio); saves run on the
 * save queue's thread and the watch on its own.
 */
public final class TeamEditing implements SaveQueue.Saver, AutoCloseable {
    /** Told on the document's thread when fields both changed need the user's pick. */
    @FunctionalInterface
    public interface ConflictHandler {
        void conflicts(List<TeamConflict> conflicts);
    }

    private final JdbcLibrary library;
    private final Document document;
    private final Executor documentThread;
    private final ConflictHandler handler;
    private final AtomicReference<LoadedProject> base;
    private final ProjectWatch watch;
    private final LastChanges lastChanges;

    /**
     * Starts on {@code loaded} (the project as this studio read it) and, on a team library, watches for others'
     * saves; a local library has no others and needs no watch.
     */
    public TeamEditing(JdbcLibrary library, LoadedProject loaded, Document document, Executor documentThread,
            ConflictHandler handler) {
        this(library, loaded, document, documentThread, handler, new LastChanges());
    }

    /** As above, keeping {@code lastChanges} up to date with who changed what (on the document's thread). */
    public TeamEditing(JdbcLibrary library, LoadedProject loaded, Document document, Executor documentThread,
            ConflictHandler handler, LastChanges lastChanges) {
        this.lastChanges = lastChanges;
        lastChanges.set(loaded.versions());
        this.library = library;
        this.document = document;
        this.documentThread = documentThread;
        this.handler = handler;
        this.base = new AtomicReference<>(loaded);
        this.watch = library instanceof PostgresLibrary team
                ? team.watch(loaded.map().id(), loaded.version(), this::othersSaved) : null;
    }

    /** The version of the project this studio last read or wrote. */
    public long version() {
        return base.get().version();
    }

    /**
     * Saves {@code mine} (on the save queue's thread) over the base it was made from; what others saved meanwhile is
     * taken in. The base is read on the document's thread, where it changes together with the map: a map the
     * document has moved on from is not saved, since its successor is queued behind it.
     */
    @Override
    public void save(JourneyMap mine) {
        LoadedProject from = CompletableFuture.supplyAsync(() -> document.map() == mine ? base.get() : null,
                documentThread).join();
        if (from == null) {
            return;
        }
        SaveOutcome outcome = library.save(from, mine);
        if (outcome instanceof SaveOutcome.Saved saved) {
            documentThread.execute(() -> takeIn(mine, saved.now()));
        } else if (outcome instanceof SaveOutcome.Conflicted conflicted) {
            documentThread.execute(() -> takeIn(from.map(), conflicted.theirs()));
        }
    }

    /**
     * Applies the user's pick for one conflict as one undo step. Their value is in the map already, so "Keep theirs"
     * changes nothing but is still a step: undoing it brings back mine, as undoing "Keep mine" brings back theirs.
     */
    public void resolve(TeamConflict conflict, boolean mine) {
        ResolveConflict pick = new ResolveConflict(conflict.field(), mine);
        if (mine) {
            document.execute(pick);
        } else {
            document.confirm(pick, new ResolveConflict(conflict.field(), true).apply(document.map()));
        }
    }

    private void othersSaved(long version) {
        if (version <= base.get().version()) {
            return;
        }
        library.loadWithVersions(base.get().map().id()).ifPresent(theirs -> documentThread.execute(() -> {
            LoadedProject current = base.get();
            if (theirs.version() > current.version()) {
                takeIn(current.map(), theirs);
            }
        }));
    }

    /**
     * Merges {@code theirs} into the document's map against {@code common} (what both started from), makes it the
     * base of the next save and tells the handler of fields both changed. On the document's thread.
     */
    private void takeIn(JourneyMap common, LoadedProject theirs) {
        if (theirs.version() < base.get().version()) {
            return; // a newer state was taken in already
        }
        FieldMerge.Result result = FieldMerge.merge(common, document.map(), theirs.map());
        base.set(theirs);
        lastChanges.set(theirs.versions());
        // Taking in changes the map, so the autosaver saves this studio's changes again, now over theirs.
        document.takeIn(result.merged(), "Changes by " + theirs.versions().project().changedBy());
        if (!result.conflicts().isEmpty()) {
            handler.conflicts(result.conflicts().stream().map(c -> withAuthor(c, common, theirs)).toList());
        }
    }

    /** The conflict with who made their change, when, and the element's name as both had it before. */
    private static TeamConflict withAuthor(FieldConflict conflict, JourneyMap common, LoadedProject theirs) {
        RowVersion row = theirs.versions().touchpoint(conflict.elementId());
        if (row == null || row.changedAt() == null) {
            row = theirs.versions().project();
        }
        String name = switch (conflict.kind()) {
            case TOUCHPOINT -> common.touchpoint(conflict.elementId()).map(t -> t.title()).orElse("");
            case STAGE -> common.stage(conflict.elementId()).map(s -> s.name()).orElse("");
            default -> "";
        };
        return new TeamConflict(conflict, row.changedBy(), row.changedAt(), name);
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.close();
        }
    }
}
