package org.journeystudio.ui.matrix;

import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/**
 * Moves a bubble with the mouse and reports where it was let go (the distance from where it started); a press
 * and release without moving is a click. One gesture, one report: the matrix makes it one undo step.
 */
final class BubbleDrag {
    /** Moves shorter than this are a shaky click, not a drag. */
    private static final double SLOP = 4;

    private double startX;
    private double startY;

    BubbleDrag(Node bubble, BiConsumer<Double, Double> dropped, Runnable clicked) {
        bubble.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            startX = e.getSceneX();
            startY = e.getSceneY();
            bubble.toFront();
            e.consume();
        });
        bubble.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            bubble.setTranslateX(e.getSceneX() - startX);
            bubble.setTranslateY(e.getSceneY() - startY);
            e.consume();
        });
        bubble.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            double dx = e.getSceneX() - startX;
            double dy = e.getSceneY() - startY;
            e.consume();
            if (Math.hypot(dx, dy) < SLOP) {
                bubble.setTranslateX(0);
                bubble.setTranslateY(0);
                clicked.run();
            } else {
                dropped.accept(dx, dy);
            }
        });
    }
}
