package org.journeystudio.ui;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;

/**
 * Keeps every toolbar command reachable on a narrow window: when the labelled buttons do not fit, the buttons
 * that have an icon show only the icon (their tooltips still name them); as soon as there is room again, the
 * labels come back. Without this, a laptop or projector at 1366 px pushed buttons off the edge.
 */
public final class ToolbarFit {
    private final Pane toolbar;
    private final List<Labeled> compactable;
    private boolean fitting;

    private ToolbarFit(Pane toolbar) {
        this.toolbar = toolbar;
        this.compactable = toolbar.getChildren().stream()
                .filter(n -> n instanceof ButtonBase button && button.getGraphic() != null
                        && button.getText() != null && !button.getText().isEmpty())
                .map(Labeled.class::cast)
                .toList();
    }

    /** Watches {@code toolbar}'s width and its buttons' visibility from now on. */
    public static void install(Pane toolbar) {
        ToolbarFit fit = new ToolbarFit(toolbar);
        InvalidationListener refit = o -> fit.refit();
        toolbar.widthProperty().addListener(refit);
        for (Node child : toolbar.getChildren()) {
            child.visibleProperty().addListener(refit);
            child.managedProperty().addListener(refit);
        }
    }

    private void refit() {
        if (fitting || toolbar.getWidth() <= 0) {
            return;
        }
        fitting = true;
        try {
            // Pref widths follow the content display at once, so trying the labels costs no extra pulse.
            show(ContentDisplay.LEFT);
            if (toolbar.prefWidth(-1) > toolbar.getWidth()) {
                show(ContentDisplay.GRAPHIC_ONLY);
            }
        } finally {
            fitting = false;
        }
    }

    private void show(ContentDisplay display) {
        for (Labeled labeled : compactable) {
            labeled.setContentDisplay(display);
        }
    }
}
