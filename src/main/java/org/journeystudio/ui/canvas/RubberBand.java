package org.journeystudio.ui.canvas;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.CardBox;
import org.journeystudio.ui.session.Selection;

/** Drags a rectangle over empty canvas: the cards it touches become the selection (added to it with Shift/Ctrl). */
final class RubberBand implements Gesture {
    private final JourneyCanvas canvas;
    private final Selection selection;
    private final double startX;
    private final double startY;
    private final Set<String> kept;
    private final Rectangle band = new Rectangle();

    RubberBand(JourneyCanvas canvas, Selection selection, double startX, double startY, boolean adding) {
        this.canvas = canvas;
        this.selection = selection;
        this.startX = startX;
        this.startY = startY;
        this.kept = adding ? new LinkedHashSet<>(selection.touchpointIds()) : Set.of();
        band.getStyleClass().add(CanvasStyles.RUBBER_BAND);
        band.setId("rubberBand");
        band.setMouseTransparent(true);
        canvas.overlay().getChildren().add(band);
    }

    @Override
    public void drag(double x, double y, MouseEvent event) {
        Box area = area(x, y);
        band.setX(area.x());
        band.setY(area.y());
        band.setWidth(area.w());
        band.setHeight(area.h());
        select(area);
    }

    @Override
    public void drop(double x, double y, MouseEvent event) {
        select(area(x, y));
        canvas.overlay().getChildren().remove(band);
    }

    @Override
    public void cancel() {
        canvas.overlay().getChildren().remove(band);
    }

    private void select(Box area) {
        Set<String> ids = new LinkedHashSet<>(kept);
        for (CardBox card : canvas.layout().cards()) {
            if (card.box().overlaps(area)) {
                ids.add(card.touchpointId());
            }
        }
        if (!ids.equals(new LinkedHashSet<>(selection.touchpointIds()))) {
            selection.selectTouchpoints(ids);
        }
    }

    private Box area(double x, double y) {
        return new Box(Math.min(x, startX), Math.min(y, startY), Math.abs(x - startX), Math.abs(y - startY));
    }
}
