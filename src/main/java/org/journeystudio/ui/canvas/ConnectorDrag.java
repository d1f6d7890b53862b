package org.journeystudio.ui.canvas;

import java.util.Optional;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import org.journeystudio.edit.command.AddConnector;
import org.journeystudio.layout.CardBox;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.ui.session.EditorSession;

/**
 * Draws a new connector from a card's handle: a dashed line follows the pointer, and a drop on another card is
 * one {@link AddConnector}. The first connector from a card is "next", a further one a "branch" (the journey
 * splits there); the kind can be changed from the connector's menu or the inspector.
 */
final class ConnectorDrag implements Gesture {
    private final JourneyCanvas canvas;
    private final EditorSession session;
    private final String fromId;
    private final Line preview = new Line();

    ConnectorDrag(JourneyCanvas canvas, EditorSession session, String fromId, double x, double y) {
        this.canvas = canvas;
        this.session = session;
        this.fromId = fromId;
        preview.getStyleClass().add(CanvasStyles.CONNECTOR_PREVIEW);
        preview.setId("connectorPreview");
        preview.setMouseTransparent(true);
        preview.setStartX(x);
        preview.setStartY(y);
        preview.setEndX(x);
        preview.setEndY(y);
        canvas.overlay().getChildren().add(preview);
    }

    @Override
    public void drag(double x, double y, MouseEvent event) {
        preview.setEndX(x);
        preview.setEndY(y);
    }

    @Override
    public void drop(double x, double y, MouseEvent event) {
        cancel();
        JourneyMap map = canvas.map();
        cardAt(x, y).filter(id -> !id.equals(fromId)).ifPresent(to -> {
            Touchpoint from = map.touchpoint(fromId).orElseThrow();
            LinkKind kind = from.connectors().isEmpty() ? LinkKind.NEXT : LinkKind.BRANCH;
            TouchpointLink connector = new TouchpointLink(to, kind);
            if (from.links().stream().noneMatch(l -> l.targetId().equals(to) && l.kind().connector())) {
                session.runStep(AddConnector.of(map, fromId, connector));
            }
        });
    }

    @Override
    public void cancel() {
        canvas.overlay().getChildren().remove(preview);
    }

    private Optional<String> cardAt(double x, double y) {
        return canvas.layout().cards().stream()
                .filter(c -> x >= c.box().x() && x <= c.box().right() && y >= c.box().y() && y <= c.box().bottom())
                .map(CardBox::touchpointId).findFirst();
    }
}
