package org.journeystudio.ui.canvas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * <p>A layer given a {@link Refill} goes further: the nodes of items that leave the view are hidden and kept,
 * and refilled for items coming into view that have the same style classes. Styling a new node against the
 * theme's thousands of selectors is most of what building it costs; a kept node is already styled.
 *
 * @param <C> what decides an item's look; equal content means the node can be reused as it is
 */
final class NodeLayer<C> {
    /**
     * Hidden nodes kept for reuse, per style key. Stages differ in how many cards of each emotion and evidence they
     * hold, so scrolling needs some slack per key: with 8, a drag across the generated map built 45 cards; with 24,
     * one. Kept nodes cost little (on that map about 150 hidden nodes beside 600 shown).
     */
    private static final int SPARE_PER_KEY = 24;

    /** One thing to show: its stable key (usually an id), what it shows, and where. */
    record Item<C>(String key, C content, Box box) {
    }

    /**
     * Turns a node made for one item into the node of another.
     *
     * @param styleKey contents with equal style keys have nodes with the same style classes
     * @param refill   makes a node, built or last refilled for content with the same style key, show an item
     */
    record Refill<C>(Function<C, Object> styleKey, BiConsumer<Node, Item<C>> refill) {
    }

    private record Shown<C>(C content, Box box, Node node) {
    }

    /**
     * How many nodes the layers may build or refill, in one frame, for items that are near the view but not in
     * it. A stage scrolling into view brings dozens of cards and notes at once; made a few a frame ahead of the
     * scroll, they cost no single frame much. Items in view, and changed items, are always made at once.
     */
    static final class Budget {
        private int left;
        private boolean deferred;

        Budget(int nodes) {
            this.left = nodes;
        }

        private boolean take() {
            if (left > 0) {
                left--;
                return true;
            }
            deferred = true;
            return false;
        }

        /** Whether some item near the view is still waiting for its node. */
        boolean deferred() {
            return deferred;
        }
    }

    private final Group group = new Group();
    private final Function<Item<C>, Node> factory;
    private final BiConsumer<Node, Box> placer;
    private final Refill<C> refill;
    private final Map<String, Shown<C>> shown = new HashMap<>();
    private final Map<Object, Deque<Node>> spare = new HashMap<>();
    private List<Item<C>> items = List.of();
    private Set<String> pinned = Set.of();
    private int created;
    private int refilled;

    NodeLayer(String styleClass, Function<Item<C>, Node> factory, BiConsumer<Node, Box> placer) {
        this(styleClass, factory, placer, null);
    }

    NodeLayer(String styleClass, Function<Item<C>, Node> factory, BiConsumer<Node, Box> placer, Refill<C> refill) {
        this.factory = factory;
        this.placer = placer;
        this.refill = refill;
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

    /** Keeps the nodes of {@code keys} live wherever the view goes (cards being dragged across the map). */
    void pin(Set<String> keys) {
        this.pinned = Set.copyOf(keys);
    }

    /** Brings the nodes in line with the items that overlap {@code visible} (map coordinates). */
    void show(Box visible) {
        show(visible, visible, new Budget(0));
    }

    /**
     * Brings the nodes in line with the items that overlap {@code near} (map coordinates): those that overlap
     * {@code view} at once, the others as far as {@code budget} allows.
     */
    void show(Box near, Box view, Budget budget) {
        List<Item<C>> wanted = new ArrayList<>();
        Set<String> wantedKeys = new HashSet<>();
        for (Item<C> item : items) {
            if (overlaps(near, item.box()) || pinned.contains(item.key())) {
                wanted.add(item);
                wantedKeys.add(item.key());
            }
        }
        List<Node> removed = new ArrayList<>();
        // Release what left the view first, so that what comes into view can reuse its nodes.
        shown.entrySet().removeIf(e -> {
            if (!wantedKeys.contains(e.getKey())) {
                release(e.getValue(), removed);
                return true;
            }
            return false;
        });
        List<Node> added = new ArrayList<>();
        for (Item<C> item : wanted) {
            Shown<C> old = shown.get(item.key());
            if (old != null && Objects.equals(old.content(), item.content())) {
                if (!old.box().equals(item.box())) {
                    placer.accept(old.node(), item.box());
                    shown.put(item.key(), new Shown<>(item.content(), item.box(), old.node()));
                }
                continue;
            }
            if (old == null && !overlaps(view, item.box()) && !pinned.contains(item.key()) && !budget.take()) {
                continue;
            }
            if (old != null) {
                release(old, removed);
            }
            Node node = reuse(item).orElse(null);
            if (node == null) {
                node = factory.apply(item);
                created++;
                added.add(node);
            }
            placer.accept(node, item.box());
            shown.put(item.key(), new Shown<>(item.content(), item.box(), node));
        }
        group.getChildren().removeAll(new HashSet<>(removed));
        group.getChildren().addAll(added);
        // Style the new nodes now: the first viewport is only known during the window's layout pass, and nodes
        // left unstyled there would be drawn once without their look. Only the new nodes: styling the whole
        // layer again on every scroll step would cost the FX thread more than building them.
        if (group.getScene() != null) {
            added.forEach(Node::applyCss);
        }
    }

    private void release(Shown<C> gone, List<Node> removed) {
        if (refill == null) {
            removed.add(gone.node());
            return;
        }
        Deque<Node> kept = spare.computeIfAbsent(refill.styleKey().apply(gone.content()), k -> new ArrayDeque<>());
        if (kept.size() >= SPARE_PER_KEY) {
            removed.add(gone.node());
            return;
        }
        gone.node().setVisible(false);
        kept.push(gone.node());
    }

    private Optional<Node> reuse(Item<C> item) {
        if (refill == null) {
            return Optional.empty();
        }
        Deque<Node> kept = spare.get(refill.styleKey().apply(item.content()));
        if (kept == null || kept.isEmpty()) {
            return Optional.empty();
        }
        Node node = kept.pop();
        refill.refill().accept(node, item);
        node.setVisible(true);
        refilled++;
        return Optional.of(node);
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

    /** How many nodes this layer ever built. */
    int createdCount() {
        return created;
    }

    /**
     * How many times this layer gave an item a node other than the one it had: built or refilled. What a test
     * or benchmark checks to see that unchanged items keep their nodes.
     */
    int renewedCount() {
        return created + refilled;
    }

    private static boolean overlaps(Box visible, Box box) {
        return box.x() <= visible.right() && visible.x() <= box.right()
                && box.y() <= visible.bottom() && visible.y() <= box.bottom();
    }
}
