package org.journeystudio.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;

/**
 * Finds the controls a keyboard reaches that a screen reader could not name: shown, enabled, focus-traversable
 * nodes without an accessible text, a text of their own, a prompt, or a label that is {@code labelFor} them.
 * Scroll panes only hold what they scroll and are left out. Call on the FX thread after layout.
 */
public final class UnnamedControls {
    private UnnamedControls() {
    }

    /** One line per nameless control: its kind, id and style classes, to find it by. */
    public static List<String> in(Parent root) {
        Set<Node> labelled = new HashSet<>();
        collectLabelled(root, labelled);
        List<String> found = new ArrayList<>();
        collect(root, labelled, found);
        return found;
    }

    private static void collectLabelled(Node node, Set<Node> labelled) {
        if (node instanceof Label label && label.getLabelFor() != null && !blank(label.getText())) {
            labelled.add(label.getLabelFor());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectLabelled(child, labelled));
        }
    }

    private static void collect(Node node, Set<Node> labelled, List<String> found) {
        if (!node.isVisible() || node.isDisabled() || node.getOpacity() == 0) {
            return;
        }
        if (node.isFocusTraversable() && !(node instanceof ScrollPane) && !named(node, labelled)) {
            found.add(node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId())
                    + " " + node.getStyleClass());
        }
        // A combo box's or spinner's own text field is part of it, named with it.
        if (node instanceof Parent parent && !(node instanceof ComboBoxBase<?>) && !(node instanceof Spinner<?>)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, labelled, found);
            }
        }
    }

    private static boolean named(Node node, Set<Node> labelled) {
        if (!blank(node.getAccessibleText()) || labelled.contains(node)) {
            return true;
        }
        if (node instanceof Labeled labeled) {
            return !blank(labeled.getText());
        }
        if (node instanceof TextInputControl input) {
            return !blank(input.getPromptText());
        }
        if (node instanceof ComboBoxBase<?> box) {
            return !blank(box.getPromptText());
        }
        return false;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
