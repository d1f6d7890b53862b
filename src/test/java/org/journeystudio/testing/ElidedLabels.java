package org.journeystudio.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds the labels, buttons and cells whose text a user cannot read whole: the skin drew fewer characters than
 * the text holds (an ellipsis, or nothing at all). Only what is shown counts: hidden nodes and graphic-only
 * buttons are skipped. Call on the FX thread after layout.
 */
public final class ElidedLabels {
    private ElidedLabels() {
    }

    /** One line per elided text: its id or kind, the whole text and what was drawn. */
    public static List<String> in(Parent root) {
        List<String> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && isElided(labeled)) {
            found.add(describe(labeled));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    private static boolean isElided(Labeled labeled) {
        String whole = labeled.getText();
        if (whole == null || whole.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return false;
        }
        Text drawn = drawnText(labeled);
        if (drawn == null) {
            return false; // no skin yet: not shown
        }
        String expected = labeled.isMnemonicParsing() ? withoutMnemonic(whole) : whole;
        return !squeeze(drawn.getText()).equals(squeeze(expected));
    }

    /** The skin's text node (a LabeledText); null before the skin is made. */
    private static Text drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getClass().getSimpleName().equals("LabeledText")) {
                return text;
            }
        }
        return null;
    }

    private static String withoutMnemonic(String text) {
        int marker = text.indexOf('_');
        return marker < 0 ? text : text.substring(0, marker) + text.substring(marker + 1);
    }

    /** Wrapping turns spaces into line breaks; only lost characters matter. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String describe(Labeled labeled) {
        String name = labeled.getId() != null ? "#" + labeled.getId()
                : labeled.getClass().getSimpleName() + labeled.getStyleClass();
        Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
        return String.format("%s \"%s\" drawn as \"%s\" (%.0f px wide at x %.0f, y %.0f)", name, labeled.getText(),
                drawnText(labeled).getText(), bounds.getWidth(), bounds.getMinX(), bounds.getMinY());
    }
}
