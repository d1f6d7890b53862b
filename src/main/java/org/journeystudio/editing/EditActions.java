package org.journeystudio.editing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.journeystudio.edit.CommandFailedException;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.clipboard.TouchpointClipboard;
import org.journeystudio.edit.command.AddStage;
import org.journeystudio.edit.command.AddTouchpoints;
import org.journeystudio.edit.command.DuplicateTouchpoints;
import org.journeystudio.edit.command.RemoveStage;
import org.journeystudio.edit.command.RemoveTouchpoints;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * The editor's menu and shortcut actions on the selection: undo/redo, clipboard, duplicate, delete and insert.
 * Each runs at most one command on the document and returns the selection that follows (what it created, or
 * nothing after a delete); empty when it changed nothing. A command the map refuses throws
 * {@link CommandFailedException} and changes nothing.
 */
public final class EditActions {
    /** The title of a card just added, until the user names it. */
    public static final String NEW_CARD_TITLE = "New touchpoint";

    private final Document document;
    private final Supplier<Evidence> newCardEvidence;

    /** New cards take the evidence {@code newCardEvidence} gives at the time (observed in the student exercise). */
    public EditActions(Document document, Supplier<Evidence> newCardEvidence) {
        this.document = document;
        this.newCardEvidence = newCardEvidence;
    }

    public void undo() {
        document.closeMerging();
        if (document.canUndo()) {
            document.undo();
        }
    }

    public void redo() {
        document.closeMerging();
        if (document.canRedo()) {
            document.redo();
        }
    }

    /** Every card the map shows (those in visible lanes), in journey order: what Select all selects. */
    public SelectedIds all() {
        JourneyMap map = map();
        return SelectedIds.cards(map.touchpointsInJourneyOrder().stream()
                .filter(t -> map.lane(t.laneId()).map(Lane::visible).orElse(false))
                .map(Touchpoint::id)
                .toList());
    }

    /** The selected cards as clipboard content; empty when no card is selected. */
    public Optional<TouchpointClipboard> copy(SelectedIds selected) {
        return selected.hasCards() ? Optional.of(TouchpointClipboard.copy(map(), cards(selected))) : Optional.empty();
    }

    /** Removes the selected cards (copy them first to keep them); nothing is selected after. */
    public Optional<SelectedIds> cut(SelectedIds selected) {
        return selected.hasCards() ? run(TouchpointClipboard.cut(map(), cards(selected)), SelectedIds.NONE)
                : Optional.empty();
    }

    /** Pastes after the selected card, else at the end of the selected (or first) stage's first card lane. */
    public Optional<SelectedIds> paste(TouchpointClipboard content, SelectedIds selected) {
        Optional<Target> target = target(selected);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Target t = target.get();
        AddTouchpoints add = content.pasteInto(map(), t.stageId(), t.laneId(), t.index());
        return run(add, SelectedIds.cards(add.touchpoints().stream().map(Touchpoint::id).toList()));
    }

    public Optional<SelectedIds> duplicate(SelectedIds selected) {
        if (!selected.hasCards()) {
            return Optional.empty();
        }
        DuplicateTouchpoints duplicate = DuplicateTouchpoints.of(map(), cards(selected));
        return run(duplicate, SelectedIds.cards(List.copyOf(duplicate.copyIds().values())));
    }

    /** Deletes the selected cards, or else the selected stage with its cards. */
    public Optional<SelectedIds> delete(SelectedIds selected) {
        if (selected.hasCards()) {
            return run(RemoveTouchpoints.of(map(), cards(selected)), SelectedIds.NONE);
        }
        if (selected.stageId() != null) {
            return run(RemoveStage.withCards(map(), selected.stageId()), SelectedIds.NONE);
        }
        return Optional.empty();
    }

    /** Adds a card where a paste would go and selects it; empty when the map has no stage. */
    public Optional<SelectedIds> addCard(SelectedIds selected) {
        Optional<Target> target = target(selected);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Target t = target.get();
        Touchpoint card = Touchpoint.builder(Ids.next("tp"), t.stageId(), t.laneId()).title(NEW_CARD_TITLE)
                .evidence(newCardEvidence.get()).build();
        return run(AddTouchpoints.one(card, t.index()), SelectedIds.cards(List.of(card.id())));
    }

    /** Adds a card at the end of a stage's first card lane (the "+" in its header) and selects it. */
    public Optional<SelectedIds> addCardTo(String stageId) {
        Optional<Lane> lane = firstCardLane();
        if (lane.isEmpty()) {
            return Optional.empty();
        }
        Touchpoint card = Touchpoint.builder(Ids.next("tp"), stageId, lane.get().id()).title(NEW_CARD_TITLE)
                .evidence(newCardEvidence.get()).build();
        return run(AddTouchpoints.one(card, AddTouchpoints.AT_END), SelectedIds.cards(List.of(card.id())));
    }

    /** Adds a stage after the selected stage (or the selected card's stage), else at the end, and selects it. */
    public Optional<SelectedIds> addStage(SelectedIds selected) {
        String after = selected.stageId() != null ? selected.stageId()
                : Optional.ofNullable(selected.latestCard()).flatMap(id -> map().touchpoint(id))
                        .map(Touchpoint::stageId).orElse(null);
        return addStageAt(after == null ? AddStage.AT_END : map().indexOfStage(after) + 1);
    }

    public Optional<SelectedIds> addStageAt(int index) {
        Stage stage = new Stage(Ids.next("stage"), "New stage");
        return run(AddStage.of(stage, index), SelectedIds.stage(stage.id()));
    }

    private Optional<SelectedIds> run(MapCommand command, SelectedIds after) {
        return document.execute(command) ? Optional.of(after) : Optional.empty();
    }

    /** Where new or pasted cards go. */
    private record Target(String stageId, String laneId, int index) {
    }

    private Optional<Target> target(SelectedIds selected) {
        JourneyMap map = map();
        Optional<Touchpoint> last = Optional.ofNullable(selected.latestCard()).flatMap(map::touchpoint);
        if (last.isPresent()) {
            Touchpoint t = last.get();
            int index = map.touchpointsIn(t.stageId(), t.laneId()).indexOf(t) + 1;
            return Optional.of(new Target(t.stageId(), t.laneId(), index));
        }
        Optional<Lane> lane = firstCardLane();
        String stage = selected.stageId();
        if (stage == null && !map.stages().isEmpty()) {
            stage = map.stages().get(0).id();
        }
        if (stage == null || lane.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Target(stage, lane.get().id(), AddTouchpoints.AT_END));
    }

    private Optional<Lane> firstCardLane() {
        return map().lanes().stream().filter(l -> l.visible() && l.kind().holdsCards()).findFirst()
                .or(() -> map().lanes().stream().filter(l -> l.kind().holdsCards()).findFirst());
    }

    private static Set<String> cards(SelectedIds selected) {
        return new LinkedHashSet<>(selected.touchpointIds());
    }

    private JourneyMap map() {
        return document.map();
    }
}
