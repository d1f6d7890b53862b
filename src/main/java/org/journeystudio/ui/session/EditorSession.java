package org.journeystudio.ui.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.journeystudio.edit.CommandFailedException;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.DocumentChange;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.editing.LastChanges;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.RatingOriginLedger;

/**
 * The editor's shared state for one open project: the {@link Document} (map + undo history), the
 * {@link Selection}, and the current map as an observable property that every panel (canvas, inspector,
 * menus) binds to, and the status line that says what the last gesture did. Every committed change is handed
 * to the save sink at once: there is no Save button. Use from the JavaFX application thread only.
 */
public final class EditorSession {
    private final Document document;
    private final Selection selection = new Selection();
    private final ReadOnlyObjectWrapper<JourneyMap> map;
    private final ReadOnlyObjectWrapper<DocumentChange> lastChange = new ReadOnlyObjectWrapper<>();
    private final RatingOriginLedger ratingOrigins;
    private final ObservableSet<Evidence> visibleEvidence = FXCollections.observableSet(EnumSet.allOf(Evidence.class));
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.NONE);
    private final List<Runnable> pendingEdits = new ArrayList<>();
    private final ObjectProperty<Evidence> newCardEvidence = new SimpleObjectProperty<>(Evidence.ASSUMED);
    private BiConsumer<JourneyMap, String> versionKeeper = (map, what) -> { };
    /** The library's shared items, when the library shares (none in tests that build a session alone). */
    private org.journeystudio.usecase.SharedLibrary sharedLibrary;
    private final LastChanges lastChanges = new LastChanges();

    /** A line for the status bar: what the last gesture did, or why it was refused ({@code error}). */
    public record Status(String text, boolean error) {
        public static final Status NONE = new Status("", false);
    }

    public EditorSession(JourneyMap opened, Consumer<JourneyMap> saveSink) {
        this(opened, saveSink, RatingOriginLedger.inMemory(opened, Clock.systemUTC()));
    }

    /** With {@code origins} keeping where the map's ratings came from (in the library, when it has a place for them). */
    public EditorSession(JourneyMap opened, Consumer<JourneyMap> saveSink, RatingOriginLedger origins) {
        this.document = new Document(opened);
        this.ratingOrigins = origins;
        // Before the session's own listener: panels that follow the map then read origins already up to date.
        document.addListener(origins);
        this.map = new ReadOnlyObjectWrapper<>(opened);
        document.addListener(change -> {
            saveSink.accept(change.map());
            map.set(change.map());
            lastChange.set(change);
        });
    }

    /** Where each rating of the map came from; the inspector types ratings through {@link RatingOriginLedger#typedByHand}. */
    public RatingOriginLedger ratingOrigins() {
        return ratingOrigins;
    }

    /** Who changed each card last, when the library says (kept up to date by the team link). */
    public LastChanges lastChanges() {
        return lastChanges;
    }

    public Document document() {
        return document;
    }

    public Selection selection() {
        return selection;
    }

    /**
     * The kinds of evidence the user wants to see at full strength (all of them at first). The inspector's
     * evidence filter writes it; the canvas dims cards, pain points and opportunities whose evidence is absent.
     * A view setting, not part of the map: changing it is no edit and no undo step.
     */
    public ObservableSet<Evidence> visibleEvidence() {
        return visibleEvidence;
    }

    /**
     * The evidence of a card the user adds: assumed, the team's belief until checked, unless a mode says
     * otherwise (the student exercise maps one's own experience: observed). A view setting, like
     * {@link #visibleEvidence()}.
     */
    public ObjectProperty<Evidence> newCardEvidenceProperty() {
        return newCardEvidence;
    }

    public Evidence newCardEvidence() {
        return newCardEvidence.get();
    }

    /** The map as it is now; changes after every execute, undo and redo. */
    public ReadOnlyObjectProperty<JourneyMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    public JourneyMap map() {
        return map.get();
    }

    /** The latest change (kind, before/after, description), for views that refresh only what differs. */
    public ReadOnlyObjectProperty<DocumentChange> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    /** Runs one user gesture's command; false when it changed nothing. */
    public boolean execute(MapCommand command) {
        return document.execute(command);
    }

    /**
     * Runs a finished gesture's command as one undo step of its own; a refused command is reported in the
     * status line, not thrown. True when the map changed.
     */
    public boolean runStep(MapCommand command) {
        return attempt(() -> document.execute(command) ? Optional.of(command) : Optional.empty()).isPresent();
    }

    /**
     * Runs {@code action} (which runs at most one command and returns empty when it changed nothing) as one
     * undo step of its own. The status line then shows the step's description, or why the map refused it.
     */
    public <T> Optional<T> attempt(Supplier<Optional<T>> action) {
        document.closeMerging();
        try {
            Optional<T> done = action.get();
            status.set(new Status(done.isPresent() ? document.undoDescription().orElse("") : "", false));
            return done;
        } catch (CommandFailedException e) {
            status.set(new Status(e.getMessage(), true));
            return Optional.empty();
        } finally {
            document.closeMerging();
        }
    }

    /**
     * A panel that holds typing not applied yet (the inspector) says how to apply it, so that
     * {@link #applyPendingEdits} can before the editor closes.
     */
    public void holdPendingEdits(Runnable apply) {
        pendingEdits.add(apply);
    }

    /** Applies what any panel holds typed but not applied yet: the editor calls it before it closes. */
    public void applyPendingEdits() {
        pendingEdits.forEach(Runnable::run);
    }

    /** Puts a problem the user should see (a refused picture) in the status line, as an error. */
    public void warn(String problem) {
        status.set(new Status(problem, true));
    }

    /** Puts a plain message (not an error) in the status line. */
    public void tell(String message) {
        status.set(new Status(message, false));
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Who keeps the map as an automatic version (the editor's version keeper, which writes it off the FX thread);
     * a session without one (a test's) keeps none.
     */
    /** Lets panels ask where a shared item is used and remove it everywhere ({@code null}: no sharing). */
    public void setSharedLibrary(org.journeystudio.usecase.SharedLibrary library) {
        this.sharedLibrary = library;
    }

    public Optional<org.journeystudio.usecase.SharedLibrary> sharedLibrary() {
        return Optional.ofNullable(sharedLibrary);
    }

    public void setVersionKeeper(BiConsumer<JourneyMap, String> keeper) {
        versionKeeper = keeper;
    }

    /** Keeps the map as it is now as an automatic version named {@code what}, before an edit that replaces much. */
    public void keepVersion(String what) {
        versionKeeper.accept(map(), what);
    }
}
