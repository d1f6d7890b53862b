package org.journeystudio.ui.editor;

import java.time.Clock;
import java.util.EnumSet;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.DocumentChange;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.RatingOriginLedger;

/**
 * The editor's shared state for one open project: the {@link Document} (map + undo history), the
 * {@link Selection}, and the current map as an observable property that every panel (canvas, inspector,
 * menus) binds to. Every committed change is handed to the save sink at once: there is no Save button.
 * Use from the JavaFX application thread only.
 */
public final class EditorSession {
    private final Document document;
    private final Selection selection = new Selection();
    private final ReadOnlyObjectWrapper<JourneyMap> map;
    private final ReadOnlyObjectWrapper<DocumentChange> lastChange = new ReadOnlyObjectWrapper<>();
    private final RatingOriginLedger ratingOrigins;
    private final ObservableSet<Evidence> visibleEvidence = FXCollections.observableSet(EnumSet.allOf(Evidence.class));

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
}
