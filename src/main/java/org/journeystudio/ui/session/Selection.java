package org.journeystudio.ui.session;

import java.util.Collection;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.journeystudio.editing.SelectedIds;
import org.journeystudio.model.JourneyMap;

/**
 * What the user has selected in the editor: touchpoint cards (in the order they were picked) or one stage.
 * The canvas writes it; the inspector shows and edits what it names. Ids only, so it never holds a stale map.
 */
public final class Selection {
    private final ObservableList<String> touchpointIds = FXCollections.observableArrayList();
    private final ObjectProperty<String> stageId = new SimpleObjectProperty<>();

    public ObservableList<String> touchpointIds() {
        return touchpointIds;
    }

    /** The selected stage (its header was clicked), or null. Selecting cards clears it and the other way round. */
    public ObjectProperty<String> stageIdProperty() {
        return stageId;
    }

    public void selectTouchpoints(Collection<String> ids) {
        stageId.set(null);
        touchpointIds.setAll(List.copyOf(ids));
    }

    public void selectStage(String id) {
        touchpointIds.clear();
        stageId.set(id);
    }

    public void clear() {
        touchpointIds.clear();
        stageId.set(null);
    }

    public boolean isEmpty() {
        return touchpointIds.isEmpty() && stageId.get() == null;
    }

    /** Forgets the cards and the stage that {@code map} no longer has (after a delete, an undo). */
    public void retainExisting(JourneyMap map) {
        if (touchpointIds.stream().anyMatch(id -> map.touchpoint(id).isEmpty())) {
            selectTouchpoints(touchpointIds.stream().filter(id -> map.touchpoint(id).isPresent()).toList());
        }
        if (stageId.get() != null && map.stage(stageId.get()).isEmpty()) {
            clear();
        }
    }

    /** What is selected now, as a value for the editor's actions. */
    public SelectedIds ids() {
        return new SelectedIds(touchpointIds, stageId.get());
    }

    /** Selects what an action handed back: its cards, else its stage, else nothing. */
    public void select(SelectedIds ids) {
        if (ids.hasCards()) {
            selectTouchpoints(ids.touchpointIds());
        } else if (ids.stageId() != null) {
            selectStage(ids.stageId());
        } else {
            clear();
        }
    }
}
