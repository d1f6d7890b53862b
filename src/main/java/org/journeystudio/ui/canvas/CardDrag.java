package org.journeystudio.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.journeystudio.edit.CompositeCommand;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.MoveToPath;
import org.journeystudio.edit.command.MoveTouchpoints;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.CardBox;
import org.journeystudio.layout.LaneRow;
import org.journeystudio.layout.PathTrack;
import org.journeystudio.layout.StageColumn;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.ui.session.EditorSession;

/**
 * Drags the selected cards: they follow the pointer (only their own nodes move), the target cell lights up
 * and a line shows the slot they will snap into; the drop is one {@link MoveTouchpoints}.
 */
final class CardDrag implements Gesture {
    /**
     * Where the cards would land: a cell, the path of its stage ({@code ""}: the main track, or a stage without
     * paths) and the index among the cell's other cards.
     */
    record Slot(String stageId, String laneId, String pathId, int index, Box cell, double lineY) {
    }

    private final JourneyCanvas canvas;
    private final EditorSession session;
    private final Set<String> ids;
    private final double startX;
    private final double startY;
    private final List<Node> moving = new ArrayList<>();
    private final Rectangle cellHighlight = new Rectangle();
    private final Line indicator = new Line();
    private Slot slot;

    CardDrag(JourneyCanvas canvas, EditorSession session, Set<String> ids, double startX, double startY) {
        this.canvas = canvas;
        this.session = session;
        this.ids = Set.copyOf(ids);
        this.startX = startX;
        this.startY = startY;
        canvas.pinCards(this.ids); // auto-scroll may take their stage out of view; the cards stay with the pointer
        for (String id : ids) {
            canvas.cardNode(id).ifPresent(node -> {
                moving.add(node);
                node.getStyleClass().add(CanvasStyles.DRAGGING);
                node.toFront();
            });
        }
        cellHighlight.getStyleClass().add(CanvasStyles.DROP_CELL);
        cellHighlight.setMouseTransparent(true);
        indicator.getStyleClass().add(CanvasStyles.DROP_INDICATOR);
        indicator.setId("dropIndicator");
        indicator.setMouseTransparent(true);
        cellHighlight.setVisible(false);
        indicator.setVisible(false);
        canvas.overlay().getChildren().addAll(cellHighlight, indicator);
    }

    @Override
    public void drag(double x, double y, MouseEvent event) {
        for (Node node : moving) {
            node.setTranslateX(x - startX);
            node.setTranslateY(y - startY);
        }
        slot = slotAt(canvas, ids, x, y).orElse(null);
        cellHighlight.setVisible(slot != null);
        indicator.setVisible(slot != null);
        if (slot != null) {
            Box cell = slot.cell();
            cellHighlight.setX(cell.x());
            cellHighlight.setY(cell.y());
            cellHighlight.setWidth(cell.w());
            cellHighlight.setHeight(cell.h());
            double pad = canvas.layout().style().cellPadding();
            indicator.setStartX(cell.x() + pad);
            indicator.setEndX(cell.right() - pad);
            indicator.setStartY(slot.lineY());
            indicator.setEndY(slot.lineY());
        }
    }

    @Override
    public void drop(double x, double y, MouseEvent event) {
        Optional<Slot> target = slotAt(canvas, ids, x, y);
        clear();
        target.ifPresent(s -> session.runStep(moveTo(canvas.map(), ids, s)));
    }

    /** The move, and the change of path with it when the cards land in another track: one undo step. */
    static MapCommand moveTo(JourneyMap map, Set<String> ids, Slot slot) {
        MoveTouchpoints move = MoveTouchpoints.of(map, ids, slot.stageId(), slot.laneId(), slot.index());
        JourneyMap moved = move.apply(map);
        if (ids.stream().allMatch(id -> moved.touchpoint(id).orElseThrow().pathId().equals(slot.pathId()))) {
            return move;
        }
        String track = slot.pathId().isEmpty() ? Messages.text("canvas.mainTrack") : map.stage(slot.stageId())
                .flatMap(st -> st.path(slot.pathId())).map(p -> p.name()).orElse(slot.pathId());
        return CompositeCommand.of(move.description() + " · " + track, move, MoveToPath.of(moved, ids, slot.pathId()));
    }

    @Override
    public void cancel() {
        clear();
    }

    private void clear() {
        for (Node node : moving) {
            node.setTranslateX(0);
            node.setTranslateY(0);
            node.getStyleClass().remove(CanvasStyles.DRAGGING);
        }
        canvas.pinCards(Set.of());
        canvas.overlay().getChildren().removeAll(cellHighlight, indicator);
    }

    /**
     * The card-lane cell under (x, y) and the slot in it: before the first of the cell's other cards whose
     * middle lies below y. Empty over a lane that cannot hold cards, or outside the stages.
     */
    static Optional<Slot> slotAt(JourneyCanvas canvas, Set<String> moving, double x, double y) {
        Optional<StageColumn> column = canvas.columnAt(x);
        Optional<LaneRow> row = canvas.rowAt(y).filter(r -> r.kind().holdsCards());
        if (column.isEmpty() || row.isEmpty()) {
            return Optional.empty();
        }
        StageColumn c = column.get();
        LaneRow r = row.get();
        Optional<PathTrack> track = canvas.layout().tracks().stream()
                .filter(t -> t.stageId().equals(c.stageId()) && x >= t.body().x() && x < t.body().right()).findFirst();
        String pathId = track.map(PathTrack::pathId).orElse("");
        Box cell = track.map(t -> new Box(t.body().x(), r.y(), t.body().w(), r.height()))
                .orElse(new Box(c.x(), r.y(), c.width(), r.height()));
        // The index counts every other card of the cell (its order spans the tracks); the line shows the track's.
        List<Touchpoint> cellCards = canvas.map().touchpointsIn(c.stageId(), r.laneId()).stream()
                .filter(t -> !moving.contains(t.id())).toList();
        List<Box> others = new ArrayList<>();
        int index = cellCards.size();
        int afterLast = -1;
        for (int i = 0; i < cellCards.size(); i++) {
            Touchpoint t = cellCards.get(i);
            Optional<Box> box = canvas.layout().card(t.id()).map(CardBox::box);
            if (box.isEmpty() || track.isPresent() && !t.pathId().equals(pathId)) {
                continue;
            }
            others.add(box.get());
            if (box.get().centerY() < y) {
                afterLast = i + 1;
            } else if (index == cellCards.size()) {
                index = i;
            }
        }
        if (index == cellCards.size() && afterLast >= 0) {
            index = afterLast;
        }
        others.sort(Comparator.comparingDouble(Box::y));
        int below = 0;
        while (below < others.size() && others.get(below).centerY() < y) {
            below++;
        }
        double gap = canvas.layout().style().cardGap();
        double lineY;
        if (below < others.size()) {
            lineY = others.get(below).y() - gap / 2;
        } else if (!others.isEmpty()) {
            lineY = others.get(others.size() - 1).bottom() + gap / 2;
        } else {
            lineY = r.y() + canvas.layout().style().cellPadding() / 2;
        }
        return Optional.of(new Slot(c.stageId(), r.laneId(), pathId, index, cell, lineY));
    }
}
