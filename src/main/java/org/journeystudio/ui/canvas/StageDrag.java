package org.journeystudio.ui.canvas;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import org.journeystudio.edit.command.MoveStage;
import org.journeystudio.layout.StageColumn;
import org.journeystudio.ui.session.EditorSession;

/**
 * Drags a stage header sideways to reorder the stages; a bar shows the gap it will drop into. The drop is
 * one {@link MoveStage}, which takes the stage's cards along since they point at the stage.
 */
final class StageDrag implements Gesture {
    private final JourneyCanvas canvas;
    private final EditorSession session;
    private final String stageId;
    private final double startX;
    private final Node header;
    private final Rectangle indicator = new Rectangle(4, 0);

    StageDrag(JourneyCanvas canvas, EditorSession session, String stageId, double startX) {
        this.canvas = canvas;
        this.session = session;
        this.stageId = stageId;
        this.startX = startX;
        this.header = canvas.stageNode(stageId).orElse(null);
        if (header != null) {
            header.getStyleClass().add(CanvasStyles.DRAGGING);
            header.toFront();
        }
        indicator.getStyleClass().add(CanvasStyles.DROP_INDICATOR_BAR);
        indicator.setId("stageDropIndicator");
        indicator.setMouseTransparent(true);
        indicator.setHeight(canvas.layout().height());
        canvas.overlay().getChildren().add(indicator);
    }

    @Override
    public void drag(double x, double y, MouseEvent event) {
        if (header != null) {
            header.setTranslateX(x - startX);
        }
        indicator.setX(gapX(targetIndex(x)) - 2);
    }

    @Override
    public void drop(double x, double y, MouseEvent event) {
        int index = targetIndex(x);
        clear();
        session.runStep(MoveStage.of(canvas.map(), stageId, index));
    }

    @Override
    public void cancel() {
        clear();
    }

    private void clear() {
        if (header != null) {
            header.setTranslateX(0);
            header.getStyleClass().remove(CanvasStyles.DRAGGING);
        }
        canvas.overlay().getChildren().remove(indicator);
    }

    /** The index the stage ends up at: how many of the other stages lie left of the pointer. */
    private int targetIndex(double x) {
        int index = 0;
        for (StageColumn column : canvas.layout().columns()) {
            if (!column.stageId().equals(stageId) && column.x() + column.width() / 2 < x) {
                index++;
            }
        }
        return index;
    }

    /** The x of the gap between the other stages that {@code index} names. */
    private double gapX(int index) {
        List<StageColumn> others = canvas.layout().columns().stream()
                .filter(c -> !c.stageId().equals(stageId)).toList();
        if (others.isEmpty()) {
            return canvas.layout().style().laneHeaderWidth();
        }
        return index < others.size() ? others.get(index).x()
                : others.get(others.size() - 1).x() + others.get(others.size() - 1).width();
    }
}
