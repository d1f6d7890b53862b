package org.journeystudio.ui.canvas;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.journeystudio.edit.Document;
import org.journeystudio.edit.clipboard.TouchpointClipboard;
import org.journeystudio.edit.command.AddStage;
import org.journeystudio.edit.command.AddTouchpoints;
import org.journeystudio.edit.command.DuplicateTouchpoints;
import org.journeystudio.edit.command.RemoveStage;
import org.journeystudio.edit.command.RemoveTouchpoints;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.ui.editor.EditorSession;
import org.journeystudio.ui.editor.Selection;

/**
 * The editor's menu and shortcut actions on the selection: undo/redo, clipboard, duplicate, delete and
 * insert. Each runs at most one command; what it creates becomes the selection.
 */
final class EditorActions {
    private final EditorSession session;
    private final StudioClipboard clipboard;
    private final CommandRunner runner;

    EditorActions(EditorSession session, StudioClipboard clipboard, CommandRunner runner) {
        this.session = session;
        this.clipboard = clipboard;
        this.runner = runner;
    }

    void undo() {
        Document document = session.document();
        document.closeMerging();
        if (document.canUndo()) {
            document.undo();
        }
    }

    void redo() {
        Document document = session.document();
        document.closeMerging();
        if (document.canRedo()) {
            document.redo();
        }
    }

    boolean hasCards() {
        return !selectedCards().isEmpty();
    }

    void copy() {
        if (hasCards()) {
            clipboard.put(TouchpointClipboard.copy(map(), selectedCards()));
        }
    }

    void cut() {
        if (hasCards()) {
            Set<String> ids = selectedCards();
            clipboard.put(TouchpointClipboard.copy(map(), ids));
            if (runner.run(TouchpointClipboard.cut(map(), ids))) {
                selection().clear();
            }
        }
    }

    /** Pastes after the selected card, else at the end of the selected (or first) stage's first card lane. */
    void paste() {
        Optional<TouchpointClipboard> content = clipboard.content();
        Optional<Target> target = target();
        if (content.isEmpty() || target.isEmpty()) {
            return;
        }
        Target t = target.get();
        AddTouchpoints add = content.get().pasteInto(map(), t.stageId(), t.laneId(), t.index());
        if (runner.run(add)) {
            selection().selectTouchpoints(add.touchpoints().stream().map(Touchpoint::id).toList());
        }
    }

    void duplicate() {
        if (hasCards()) {
            DuplicateTouchpoints duplicate = DuplicateTouchpoints.of(map(), selectedCards());
            if (runner.run(duplicate)) {
                selection().selectTouchpoints(List.copyOf(duplicate.copyIds().values()));
            }
        }
    }

    void delete() {
        if (hasCards()) {
            if (runner.run(RemoveTouchpoints.of(map(), selectedCards()))) {
                selection().clear();
            }
        } else if (selection().stageIdProperty().get() != null) {
            if (runner.run(RemoveStage.withCards(map(), selection().stageIdProperty().get()))) {
                selection().clear();
            }
        }
    }

    /** Adds a card where a paste would go; returns its id (to rename it at once), or empty when there is no stage. */
    Optional<String> addCard() {
        Optional<Target> target = target();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Target t = target.get();
        Touchpoint card = Touchpoint.builder(Ids.next("tp"), t.stageId(), t.laneId()).title("New touchpoint").build();
        if (!runner.run(AddTouchpoints.one(card, t.index()))) {
            return Optional.empty();
        }
        selection().selectTouchpoints(List.of(card.id()));
        return Optional.of(card.id());
    }

    /** Adds a card at the end of a stage's first card lane (the "+" in its header). */
    Optional<String> addCardTo(String stageId) {
        Optional<Lane> lane = firstCardLane();
        if (lane.isEmpty()) {
            return Optional.empty();
        }
        Touchpoint card = Touchpoint.builder(Ids.next("tp"), stageId, lane.get().id()).title("New touchpoint").build();
        if (!runner.run(AddTouchpoints.one(card, AddTouchpoints.AT_END))) {
            return Optional.empty();
        }
        selection().selectTouchpoints(List.of(card.id()));
        return Optional.of(card.id());
    }

    /** Adds a stage after the selected stage (or the selected card's stage), else at the end; returns its id. */
    String addStage() {
        int index = AddStage.AT_END;
        String after = selectedStageOrCardStage();
        if (after != null) {
            index = map().indexOfStage(after) + 1;
        }
        return addStageAt(index);
    }

    String addStageAt(int index) {
        Stage stage = new Stage(Ids.next("stage"), "New stage");
        runner.run(AddStage.of(stage, index));
        selection().selectStage(stage.id());
        return stage.id();
    }

    private String selectedStageOrCardStage() {
        String stage = selection().stageIdProperty().get();
        if (stage != null) {
            return stage;
        }
        return selection().touchpointIds().stream().reduce((a, b) -> b)
                .flatMap(id -> map().touchpoint(id)).map(Touchpoint::stageId).orElse(null);
    }

    /** Where new or pasted cards go. */
    private record Target(String stageId, String laneId, int index) {
    }

    private Optional<Target> target() {
        JourneyMap map = map();
        Optional<Touchpoint> last = selection().touchpointIds().stream().reduce((a, b) -> b)
                .flatMap(map::touchpoint);
        if (last.isPresent()) {
            Touchpoint t = last.get();
            int index = map.touchpointsIn(t.stageId(), t.laneId()).indexOf(t) + 1;
            return Optional.of(new Target(t.stageId(), t.laneId(), index));
        }
        Optional<Lane> lane = firstCardLane();
        String stage = selection().stageIdProperty().get();
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

    private Set<String> selectedCards() {
        return new LinkedHashSet<>(selection().touchpointIds());
    }

    private Selection selection() {
        return session.selection();
    }

    private JourneyMap map() {
        return session.map();
    }
}
