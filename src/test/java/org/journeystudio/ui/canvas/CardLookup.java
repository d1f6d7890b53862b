package org.journeystudio.ui.canvas;

import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;

/** Finds a touchpoint's card in the window: cards carry their touchpoint as a property, not as a node id. */
final class CardLookup {
    private CardLookup() {
    }

    /** The shown card of {@code touchpointId}; hidden cards kept for reuse while scrolling do not count. */
    static NodeQuery card(FxRobot robot, String touchpointId) {
        return robot.lookup(".touchpoint-card").match((Node n) -> n.isVisible()
                && CardView.touchpointOf(n).filter(touchpointId::equals).isPresent());
    }
}
