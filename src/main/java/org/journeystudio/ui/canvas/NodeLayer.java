package org.journeystudio.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.Group;
import javafx.scene.Node;
import org.journeystudio.layout.Box;

/**
 * One layer of the canvas (cards, notes, headers…) that keeps live nodes only for the items near the
 * viewport and reuses them across changes: an item whose content is unchanged keeps its node (moved if its
 * box moved), a changed one gets a new node, a gone one loses it. That is what keeps a long map fast: a
 * command that moves one card touches a handful of nodes, and scrolling creates only what comes into view.
 *
 * @param <C> what decides an item's look; equal content means the node can be reused as it is
 */
final class NodeLayer<C> {
    /** One thing to show: its stable key (usually an id), what it shows, and where. */
    record Item<C>(String key, C content, Box box) {
    }

    private record Shown<C>(C content, Box box, Node node) {
    }

    private final Group group = new Group();
    private final Function<Item<C>, Node> factory;
    private final BiConsumer<Node, Box> placer;
    private final Map<String, Shown<C>> shown = new HashMap<>();
    private List<Item<C>> items = List.of();
    private int created;

    NodeLayer(String styleClass, Function<Item<C>, Node> factory, BiConsumer<Node, Box> placer) {
        this.factory = factory;
        this.placer = placer;
        group.getStyleClass().add(styleClass);
        group.setAutoSizeChildren(true);
    }

    Group group() {
        return group;
    }

    void setItems(List<Item<C>> newItems) {
        this.items = List.copyOf(newItems);
    }

    List<Item<C>> items() {
        return items;
    }

    /** Brings the nodes in line with the items that overlap {@code visible} (map coordinates). */
    void show(Box visible) {
        Set<String> wanted = new HashSet<>();
        List<Node> added = new ArrayList<>();
        for (Item<C> item : items) {
            if (!overlaps(visible, item.box())) {
                continue;
            }
            wanted.add(item.key());
            Shown<C> old = shown.get(item.key());
            if (old != null && Objects.equals(old.content(), item.content())) {
                if (!old.box().equals(item.box())) {
                    placer.accept(old.node(), item.box());
                    shown.put(item.key(), new Shown<>(item.content(), item.box(), old.node()));
                }
                continue;
            }
            Node node = factory.apply(item);
            placer.accept(node, item.box());
            created++;
            if (old != null) {
                group.getChildren().remove(old.node());
            }
            shown.put(item.key(), new Shown<>(item.content(), item.box(), node));
            added.add(node);
        }
        if (shown.size() > wanted.size()) {
            List<Node> gone = new ArrayList<>();
            shown.entrySet().removeIf(e -> {
                if (!wanted.contains(e.getKey())) {
                    gone.add(e.getValue().node());
                    return true;
                }
                return false;
            });
            group.getChildren().removeAll(new HashSet<>(gone));
        }
        group.getChildren().addAll(added);
        // Style the new nodes now: the first viewport is only known during the window's layout pass, and nodes
        // left unstyled there would be drawn once without their look. Only the new nodes: styling the whole
        // layer again on every scroll step would cost the FX thread more than building them.
        if (group.getScene() != null) {
            added.forEach(Node::applyCss);
        }
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(shown.get(key)).map(Shown::node);
    }

    Optional<Item<C>> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The live nodes, by key. */
    Map<String, Node> liveNodes() {
        Map<String, Node> nodes = new HashMap<>();
        shown.forEach((key, s) -> nodes.put(key, s.node()));
        return nodes;
    }

    /** Calls {@code action} with the content and node of every live item. */
    void forEachLive(BiConsumer<C, Node> action) {
        shown.values().forEach(s -> action.accept(s.content(), s.node()));
    }

    /** How many nodes this layer ever built: what a test or benchmark checks to see that reuse works. */
    int createdCount() {
        return created;
    }

    private static boolean overlaps(Box visible, Box box) {
        return box.x() <= visible.right() && visible.x() <= box.right()
                && box.y() <= visible.bottom() && visible.y() <= box.bottom();
    }
}
