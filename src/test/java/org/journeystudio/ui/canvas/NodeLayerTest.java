package org.journeystudio.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.journeystudio.layout.Box;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.canvas.NodeLayer.Item;
import org.junit.jupiter.api.Test;

/** A layer's nodes follow the view: reused across scrolling by style key, and built ahead within a budget. */
@UiTest
class NodeLayerTest {
    /** Ten 100-px items in a row; an item's content is "kind:n", and its kind decides its style classes. */
    private static List<Item<String>> row(String... kinds) {
        List<Item<String>> items = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            items.add(new Item<>("item-" + i, kinds[i] + ":" + i, new Box(i * 100, 0, 90, 50)));
        }
        return items;
    }

    private static NodeLayer<String> layer() {
        return new NodeLayer<>("test", item -> {
            Region node = new Region();
            node.getStyleClass().add(item.content().split(":")[0]);
            node.setUserData(item.content());
            return node;
        }, CanvasNodes::place, new NodeLayer.Refill<>(content -> content.split(":")[0],
                (node, item) -> node.setUserData(item.content())));
    }

    @Test
    void nodesLeavingTheViewAreRefilledForItemsOfTheSameKindComingIn() {
        NodeLayer<String> layer = layer();
        layer.setItems(row("card", "card", "note", "card", "card", "note"));
        layer.show(new Box(0, 0, 250, 50)); // items 0, 1, 2
        Node first = layer.node("item-0").orElseThrow();
        Node note = layer.node("item-2").orElseThrow();

        layer.show(new Box(300, 0, 250, 50)); // items 3, 4, 5

        assertThat(layer.createdCount()).isEqualTo(3);
        assertThat(layer.node("item-0")).isEmpty();
        assertThat(List.of(layer.node("item-3").orElseThrow(), layer.node("item-4").orElseThrow())).contains(first);
        assertThat(layer.node("item-5")).containsSame(note);
        assertThat(layer.liveNodes().values()).allMatch(Node::isVisible)
                .extracting(Node::getUserData).containsExactlyInAnyOrder("card:3", "card:4", "note:5");
        assertThat(layer.group().getChildren().filtered(Node::isVisible)).hasSize(3);
    }

    @Test
    void aNodeIsNeverRefilledForAnotherKind() {
        NodeLayer<String> layer = layer();
        layer.setItems(row("card", "note"));
        layer.show(new Box(0, 0, 50, 50));
        Node card = layer.node("item-0").orElseThrow();

        layer.show(new Box(150, 0, 50, 50));

        assertThat(layer.node("item-1").orElseThrow()).isNotSameAs(card);
        assertThat(layer.node("item-1").orElseThrow().getStyleClass()).contains("note");
        assertThat(layer.createdCount()).isEqualTo(2);
    }

    @Test
    void itemsNearTheViewGetNodesWithinTheBudgetAndItemsInViewAtOnce() {
        NodeLayer<String> layer = layer();
        layer.setItems(row("card", "card", "card", "card", "card", "card", "card", "card"));
        Box near = new Box(0, 0, 800, 50);
        Box view = new Box(0, 0, 150, 50); // items 0 and 1

        NodeLayer.Budget first = new NodeLayer.Budget(2);
        layer.show(near, view, first);
        assertThat(layer.liveNodes()).containsOnlyKeys("item-0", "item-1", "item-2", "item-3");
        assertThat(first.deferred()).isTrue();

        NodeLayer.Budget second = new NodeLayer.Budget(10);
        layer.show(near, view, second);
        assertThat(layer.liveNodes()).hasSize(8);
        assertThat(second.deferred()).isFalse();
    }
}
