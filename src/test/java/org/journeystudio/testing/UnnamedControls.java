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
import javafx.scene.control.TextInputControl;

/**
 * Finds the controls a keyboard user can reach but a screen reader has no name for: every focusable node that is
 * shown and enabled needs an accessible text, or — for buttons, labels, check boxes — words of its own (said even
 * where only the icon is drawn), or — for fields and drop-downs — a prompt or a {@link Label} whose
 * {@code labelFor} points at it. A control's inner parts
 * (a combo box's editor, a spinner's field) are the control's business and skipped. Call on the FX thread.
 */
public final class UnnamedControls {
    private UnnamedControls() {
    }

    /** One line per unnamed control: its id or kind and where it sits. */
    public static List<String> in(Parent root) {
        Set<Node> labelled = new HashSet<>();
        collectLabelled(root, labelled);
        List<String> found = new ArrayList<>();
        collect(root, labelled, found);
        return found;
    }

    private static void collectLabelled(Node node, Set<Node> labelled) {
        if (node instanceof Label label && label.getLabelFor() != null && hasWords(label.getText())) {
            labelled.add(label.getLabelFor());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectLabelled(child, labelled));
        }
    }

    private static void collect(Node node, Set<Node> labelled, List<String> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable() && !named(node, labelled)) {
            found.add(describe(node));
        }
        if (isInnerPartsOwner(node)) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, labelled, found);
            }
        }
    }

    static boolean named(Node node, Set<Node> labelled) {
        if (hasWords(node.getAccessibleText()) || labelled.contains(node)) {
            return true;
        }
        if (node instanceof Labeled labeled) {
            return hasWords(labeled.getText()); // read even where only the icon is drawn (a narrow toolbar)
        }
        if (node instanceof TextInputControl field) {
            return hasWords(field.getPromptText());
        }
        if (node instanceof ComboBoxBase<?> box) {
            return hasWords(box.getPromptText());
        }
        return false;
    }

    /** Drop-downs and spinners hold a text field of their own that the screen reader reaches through them. */
    private static boolean isInnerPartsOwner(Node node) {
        return node instanceof ComboBoxBase<?> || node instanceof javafx.scene.control.Spinner<?>;
    }

    private static boolean hasWords(String text) {
        return text != null && !text.isBlank();
    }

    private static String describe(Node node) {
        String name = node.getId() != null ? "#" + node.getId()
                : node.getClass().getSimpleName() + node.getStyleClass();
        StringBuilder where = new StringBuilder();
        for (Parent up = node.getParent(); up != null && where.length() < 80; up = up.getParent()) {
            if (up.getId() != null) {
                where.append(" in #").append(up.getId());
                break;
            }
        }
        String tip = node instanceof javafx.scene.control.Control control && control.getTooltip() != null
                ? " (tooltip \"" + control.getTooltip().getText() + "\")" : "";
        return name + where + tip;
    }
}
