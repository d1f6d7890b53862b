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
import org.journeystudio.edit.command.MoveTouchpoints;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.CardBox;
import org.journeystudio.layout.LaneRow;
import org.journeystudio.layout.StageColumn;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.ui.session.EditorSession;

/**
 * Drags the selected cards: they follow the pointer (only their own nodes move), the target cell lights up
 * and a line shows the slot they will snap into; the drop is one {@link MoveTouchpoints}.
 */
final class CardDrag implements Gesture {
    /** Where the cards would land: a cell and the index among the cell's other cards. */
    record Slot(String stageId, String laneId, int index, Box cell, double lineY) {
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
        target.ifPresent(s -> session.runStep(MoveTouchpoints.of(canvas.map(), ids, s.stageId(), s.laneId(), s.index())));
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
        Box cell = new Box(c.x(), r.y(), c.width(), r.height());
        List<Box> others = new ArrayList<>();
        for (Touchpoint t : canvas.map().touchpointsIn(c.stageId(), r.laneId())) {
            if (!moving.contains(t.id())) {
                canvas.layout().card(t.id()).map(CardBox::box).ifPresent(others::add);
            }
        }
        others.sort(Comparator.comparingDouble(Box::y));
        int index = 0;
        while (index < others.size() && others.get(index).centerY() < y) {
            index++;
        }
        double gap = canvas.layout().style().cardGap();
        double lineY;
        if (index < others.size()) {
            lineY = others.get(index).y() - gap / 2;
        } else if (!others.isEmpty()) {
            lineY = others.get(others.size() - 1).bottom() + gap / 2;
        } else {
            lineY = r.y() + canvas.layout().style().cellPadding() / 2;
        }
        return Optional.of(new Slot(c.stageId(), r.laneId(), index, cell, lineY));
    }
}
