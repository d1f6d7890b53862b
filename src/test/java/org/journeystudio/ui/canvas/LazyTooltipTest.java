package org.journeystudio.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.journeystudio.testing.UiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A canvas node's tooltip appears on first hover and follows the node when it is reused for another item. */
@UiTest
class LazyTooltipTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theTooltipIsMadeOnFirstHoverWithTheLatestTextAndFollowsLaterChanges() throws Exception {
        Region node = new Region();
        String[] shown = WaitForAsyncUtils.asyncFx(() -> {
            CanvasNodes.lazyTooltip(node, "first touchpoint");
            CanvasNodes.lazyTooltip(node, "second touchpoint"); // reused before anyone hovered it
            boolean before = tooltip(node) == null;
            hover(node);
            String onHover = tooltip(node).getText();
            CanvasNodes.lazyTooltip(node, "third touchpoint");
            String changed = tooltip(node).getText();
            CanvasNodes.lazyTooltip(node, "");
            boolean gone = tooltip(node) == null;
            CanvasNodes.lazyTooltip(node, "fourth touchpoint");
            hover(node);
            return new String[] {String.valueOf(before), onHover, changed, String.valueOf(gone), tooltip(node).getText()};
        }).get();

        assertThat(shown).containsExactly("true", "second touchpoint", "third touchpoint", "true", "fourth touchpoint");
    }

    private static javafx.scene.control.Tooltip tooltip(Region node) {
        return (javafx.scene.control.Tooltip) node.getProperties().get("javafx.scene.control.Tooltip");
    }

    private static void hover(Region node) {
        Event.fireEvent(node, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, null, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }
}
