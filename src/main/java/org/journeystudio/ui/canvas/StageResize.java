package org.journeystudio.ui.canvas;

import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.journeystudio.edit.command.ResizeStage;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.StageColumn;
import org.journeystudio.ui.session.EditorSession;

/**
 * Drags a stage's right edge: the header follows and a line shows the new edge, snapped to a 10-pixel grid;
 * the drop is one {@link ResizeStage}.
 */
final class StageResize implements Gesture {
    static final double MIN_WIDTH = 120;
    static final double MAX_WIDTH = 1200;
    private static final double SNAP = 10;

    private final JourneyCanvas canvas;
    private final EditorSession session;
    private final StageColumn column;
    private final double startX;
    private final Line edge = new Line();
    private double width;

    StageResize(JourneyCanvas canvas, EditorSession session, String stageId, double startX) {
        this.canvas = canvas;
        this.session = session;
        this.column = canvas.layout().column(stageId).orElseThrow();
        this.startX = startX;
        this.width = column.width();
        edge.getStyleClass().add(CanvasStyles.RESIZE_INDICATOR);
        edge.setId("resizeIndicator");
        edge.setMouseTransparent(true);
        edge.setStartY(0);
        edge.setEndY(canvas.layout().height());
        canvas.overlay().getChildren().add(edge);
        show();
    }

    @Override
    public void drag(double x, double y, MouseEvent event) {
        double raw = column.width() + (x - startX);
        width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.round(raw / SNAP) * SNAP));
        show();
    }

    @Override
    public void drop(double x, double y, MouseEvent event) {
        drag(x, y, event);
        clear();
        session.runStep(ResizeStage.of(canvas.map(), column.stageId(), width));
    }

    @Override
    public void cancel() {
        clear();
    }

    private void show() {
        double right = column.x() + width;
        edge.setStartX(right);
        edge.setEndX(right);
        canvas.stageNode(column.stageId()).ifPresent(node -> {
            Box header = column.header();
            CanvasNodes.place(node, new Box(header.x(), header.y(), width, header.h()));
        });
    }

    private void clear() {
        canvas.overlay().getChildren().remove(edge);
        canvas.stageNode(column.stageId()).ifPresent(node -> CanvasNodes.place(node, column.header()));
    }

    static boolean isHandle(Node node) {
        return node instanceof Region && node.getStyleClass().contains(CanvasStyles.STAGE_RESIZE_HANDLE);
    }
}
