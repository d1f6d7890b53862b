package org.journeystudio.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * Finds the texts of labels, buttons and cells that are drawn over one another, as a longer translation does when
 * a layout gives a label a fixed place. Only shown texts count, and only where a scroll pane's viewport lets them
 * be seen. Call on the FX thread after layout.
 */
public final class OverlappingTexts {
    /** Antialiasing and rounding: touching by a pixel is not overlapping. */
    private static final double TOLERANCE = 1.5;

    private OverlappingTexts() {
    }

    /** One line per pair of texts that overlap. */
    public static List<String> in(Parent root) {
        List<Shown> texts = new ArrayList<>();
        collect(root, null, texts);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Shown a = texts.get(i);
                Shown b = texts.get(j);
                if (overlap(a.bounds, b.bounds) && !related(a.owner, b.owner)) {
                    found.add("\"" + a.owner.getText() + "\" overlaps \"" + b.owner.getText() + "\" at x "
                            + Math.round(b.bounds.getMinX()) + ", y " + Math.round(b.bounds.getMinY()));
                }
            }
        }
        return found;
    }

    private record Shown(Labeled owner, Bounds bounds) {
    }

    private static void collect(Node node, Bounds viewport, List<Shown> texts) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            viewport = scroll.localToScene(scroll.getLayoutBounds());
        }
        if (node instanceof Text text && text.getParent() instanceof Labeled owner
                && text.getClass().getSimpleName().equals("LabeledText") && !text.getText().isBlank()) {
            Bounds bounds = text.localToScene(text.getLayoutBounds());
            if (viewport == null || viewport.contains(bounds.getCenterX(), bounds.getCenterY())) {
                texts.add(new Shown(owner, bounds));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, viewport, texts);
            }
        }
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getMinX() + TOLERANCE < b.getMaxX() && b.getMinX() + TOLERANCE < a.getMaxX()
                && a.getMinY() + TOLERANCE < b.getMaxY() && b.getMinY() + TOLERANCE < a.getMaxY();
    }

    /** A label inside another's graphic (a tab, a titled pane's header) sits there on purpose. */
    private static boolean related(Node a, Node b) {
        for (Node up = a.getParent(); up != null; up = up.getParent()) {
            if (up == b) {
                return true;
            }
        }
        for (Node up = b.getParent(); up != null; up = up.getParent()) {
            if (up == a) {
                return true;
            }
        }
        return false;
    }
}
