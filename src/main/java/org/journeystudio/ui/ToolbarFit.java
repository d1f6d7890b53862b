package org.journeystudio.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.Pane;

/**
 * Keeps every toolbar command reachable on a narrow window. Buttons keep their labels as long as there is room;
 * when the toolbar is too narrow, first the buttons whose icons say enough show just their icons (their tooltips
 * still name them), then the least needed controls move, in the given order, into an overflow menu ("More")
 * whose items run them, and only when that is not enough do the remaining buttons lose their labels too. As soon
 * as there is room again, everything comes back. Without this, a laptop or projector at 1280 px pushed the title
 * and Fit off the edge.
 */
public final class ToolbarFit {
    private final Pane toolbar;
    private final List<Node> all;
    private final List<Node> compactFirst;
    private final List<Node> overflowOrder;
    private final MenuButton overflow;
    private final Set<Node> overflowed = new LinkedHashSet<>();
    private final List<Labeled> compactable;
    private boolean fitting;
    private boolean checkScheduled;
    /** The toolbar's width and wanted width when the last fit ended. */
    private double fittedWidth = -1;
    private double fittedPrefWidth = -1;

    private ToolbarFit(Pane toolbar, MenuButton overflow, List<Node> compactFirst, List<Node> overflowOrder) {
        this.toolbar = toolbar;
        this.overflow = overflow;
        this.compactFirst = List.copyOf(compactFirst);
        this.overflowOrder = List.copyOf(overflowOrder);
        this.all = toolbar.getChildren().stream().filter(n -> n != overflow).toList();
        this.compactable = all.stream()
                .filter(n -> n instanceof ButtonBase button && button.getGraphic() != null
                        && button.getText() != null && !button.getText().isEmpty())
                .map(Labeled.class::cast)
                .toList();
    }

    /** Watches {@code toolbar}'s width and its buttons' visibility from now on; buttons only lose their labels. */
    public static void install(Pane toolbar) {
        watch(new ToolbarFit(toolbar, null, List.of(), List.of()));
    }

    /**
     * As {@link #install(Pane)}, but first the buttons of {@code compactFirst} lose their labels, then the
     * controls of {@code overflowOrder} (the first listed goes first) move into {@code overflow}, the toolbar's
     * last child, which is shown while it holds any.
     */
    public static void install(Pane toolbar, MenuButton overflow, List<Node> compactFirst,
                               List<Node> overflowOrder) {
        ToolbarFit fit = new ToolbarFit(toolbar, overflow, compactFirst, overflowOrder);
        overflow.setOnShowing(e -> overflow.getItems().setAll(OverflowItems.of(fit.overflowedInOrder())));
        watch(fit);
    }

    private static void watch(ToolbarFit fit) {
        InvalidationListener refit = o -> fit.refit();
        fit.toolbar.widthProperty().addListener(refit);
        // A child that asks for more room (the editor coming back after a presentation, a longer title) asks the
        // toolbar for a layout: fit again after it, outside the layout pass, when the toolbar's width or wanted width
        // differ from what the last fit left (a fit's own changes do not, so it does not run again and again).
        fit.toolbar.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (needs && !fit.checkScheduled) {
                fit.checkScheduled = true;
                Platform.runLater(fit::refitIfChanged);
            }
        });
        for (Node child : fit.all) {
            child.visibleProperty().addListener(refit);
            child.managedProperty().addListener(refit);
        }
    }

    /** The controls now in the overflow menu, in toolbar order. */
    private List<Node> overflowedInOrder() {
        return all.stream().filter(overflowed::contains).toList();
    }

    private void refit() {
        if (fitting || toolbar.getWidth() <= 0) {
            return;
        }
        fitting = true;
        try {
            // Pref widths follow the content display and the children at once, so each try costs no extra pulse.
            overflowed.clear();
            show(compactable, ContentDisplay.LEFT);
            showChildren();
            for (Node next : compactFirst) {
                if (fits()) {
                    return;
                }
                if (next instanceof Labeled labeled && compactable.contains(labeled)) {
                    labeled.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                }
            }
            for (Node next : overflowOrder) {
                if (fits()) {
                    return;
                }
                overflowed.add(next);
                showChildren();
            }
            if (!fits()) {
                show(compactable, ContentDisplay.GRAPHIC_ONLY);
            }
        } finally {
            fitting = false;
            fittedWidth = toolbar.getWidth();
            fittedPrefWidth = toolbar.prefWidth(-1);
        }
    }

    private void refitIfChanged() {
        checkScheduled = false;
        if (toolbar.getWidth() != fittedWidth || toolbar.prefWidth(-1) != fittedPrefWidth) {
            refit();
        }
    }

    private boolean fits() {
        return toolbar.prefWidth(-1) <= toolbar.getWidth();
    }

    private void showChildren() {
        List<Node> shown = new ArrayList<>(all.stream().filter(n -> !overflowed.contains(n)).toList());
        if (overflow != null) {
            boolean holding = overflowed.stream().anyMatch(Node::isVisible);
            overflow.setVisible(holding);
            overflow.setManaged(holding);
            shown.add(overflow);
        }
        if (!shown.equals(toolbar.getChildren())) {
            toolbar.getChildren().setAll(shown);
        }
    }

    private static void show(List<Labeled> labels, ContentDisplay display) {
        for (Labeled labeled : labels) {
            labeled.setContentDisplay(display);
        }
    }
}
