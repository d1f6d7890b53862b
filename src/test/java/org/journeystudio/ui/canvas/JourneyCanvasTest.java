package org.journeystudio.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.Node;
import org.journeystudio.edit.command.MoveTouchpoints;
import org.journeystudio.layout.Box;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A long map gets nodes only near the viewport, and a change rebuilds only the nodes whose look changed. */
@UiTest
class JourneyCanvasTest {
    private static final JourneyMap LARGE = SampleMaps.longMap(60, 1000, 7);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void onlyCardsNearTheViewportHaveNodes() throws Exception {
        JourneyCanvas canvas = atTheStartOfTheLargeMap();
        int nearStart = canvas.liveCardCount();
        assertThat(nearStart).isPositive().isLessThan(LARGE.touchpoints().size() / 5);

        onFx(() -> {
            canvas.setViewport(new Box(canvas.layout().width() - 1280, 0, 1280, 800));
            return null;
        });
        assertThat(canvas.cardNode(firstCardOf(0))).isEmpty();
        assertThat(canvas.cardNode(firstCardOf(LARGE.stages().size() - 1))).isPresent();
        assertThat(canvas.liveCardCount()).isLessThan(LARGE.touchpoints().size() / 5);
    }

    @Test
    void movingOneCardRebuildsOnlyThatCard() throws Exception {
        JourneyCanvas canvas = onFx(() -> {
            JourneyCanvas c = new JourneyCanvas();
            c.setViewport(new Box(0, 0, 2400, 1600));
            c.show(LARGE);
            return c;
        });
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !onFx(canvas::buildingAhead));
        int renewed = canvas.cardNodesRenewed();
        var untouched = canvas.cardNode("tp-1").orElseThrow();
        JourneyMap moved = MoveTouchpoints.of(LARGE, Set.of("tp-0"), LARGE.stages().get(1).id(), "lane-touchpoints", 0).apply(LARGE);

        onFx(() -> {
            canvas.show(moved);
            return null;
        });
        // tp-0 names its new stage in its accessible text, so its node is renewed; every other card keeps its node.
        assertThat(canvas.cardNodesRenewed() - renewed).isEqualTo(1);
        assertThat(canvas.cardNode("tp-1")).containsSame(untouched);
        Box box = canvas.layout().card("tp-0").orElseThrow().box();
        assertThat(canvas.cardNode("tp-0").orElseThrow().getLayoutX()).isEqualTo(box.x());
    }

    @Test
    void scrollingAcrossTheMapReusesCardNodesAndEachShowsItsOwnTouchpoint() throws Exception {
        JourneyCanvas canvas = atTheStartOfTheLargeMap();
        int builtAtStart = canvas.cardNodesBuilt();
        for (double x = 0; x < canvas.layout().width(); x += 150) {
            Box view = new Box(x, 0, 1280, 800);
            onFx(() -> {
                canvas.setViewport(view);
                return null;
            });
            for (var card : canvas.layout().cards()) {
                Box box = card.box();
                if (box.x() < view.right() && view.x() < box.right() && box.y() < view.bottom()) {
                    Node node = canvas.cardNode(card.touchpointId()).orElseThrow(
                            () -> new AssertionError(card.touchpointId() + " is in view but has no node"));
                    String title = LARGE.touchpoint(card.touchpointId()).orElseThrow().title();
                    assertThat(node.isVisible()).isTrue();
                    assertThat(CardView.touchpointOf(node)).contains(card.touchpointId());
                    assertThat(node.getAccessibleText()).startsWith("Touchpoint " + title + ",");
                }
            }
        }
        // Crossing 60 stages shows every card once, but nodes leaving the view are refilled for those coming in.
        assertThat(canvas.cardNodesBuilt() - builtAtStart).isLessThan(LARGE.touchpoints().size() / 4);
    }

    @Test
    void aDraggedCardKeepsItsNodeWhenTheViewScrollsAwayFromItsStage() throws Exception {
        JourneyCanvas canvas = atTheStartOfTheLargeMap();
        String dragged = firstCardOf(0);
        Node node = canvas.cardNode(dragged).orElseThrow();
        onFx(() -> {
            canvas.pinCards(Set.of(dragged));
            canvas.setViewport(new Box(canvas.layout().width() - 1280, 0, 1280, 800));
            return null;
        });
        assertThat(canvas.cardNode(dragged)).containsSame(node);
        assertThat(node.isVisible()).isTrue();

        onFx(() -> {
            canvas.pinCards(Set.of());
            canvas.setViewport(new Box(canvas.layout().width() - 1280 - 400, 0, 1280, 800));
            return null;
        });
        assertThat(canvas.cardNode(dragged)).isEmpty();
    }

    private static JourneyCanvas atTheStartOfTheLargeMap() throws Exception {
        return onFx(() -> {
            JourneyCanvas c = new JourneyCanvas();
            c.show(LARGE);
            c.setViewport(new Box(0, 0, 1280, 800));
            return c;
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    /** The first top-lane card of the stage nearest to {@code index} that has one, whatever ids the generator gives. */
    private static String firstCardOf(int index) {
        for (int i = index; i >= 0; i--) {
            var cards = LARGE.touchpointsIn(LARGE.stages().get(i).id(), "lane-touchpoints");
            if (!cards.isEmpty()) {
                return cards.get(0).id();
            }
        }
        throw new AssertionError("The generated map has no card in its top lane");
    }
}
