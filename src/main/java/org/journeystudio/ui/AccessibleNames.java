package org.journeystudio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.util.StringConverter;
import org.journeystudio.i18n.Messages;

/** What a screen reader calls a control: the links from visible labels, and names for controls that have none. */
public final class AccessibleNames {
    /** The key of a label's {@code <properties labelFor="fieldId"/>} in FXML. */
    static final String LABEL_FOR = "labelFor";

    private AccessibleNames() {
    }

    /**
     * Runs after an FXML view is loaded. Points each label written {@code <Label …><properties labelFor="fieldId"/>
     * </Label>} at its field: FXML's own {@code labelFor="$fieldId"} resolves to nothing when the label comes first,
     * as it does on every form. And keeps the chosen value in what a screen reader says for a drop-down whose FXML
     * gives it an {@code accessibleText}: that text replaces the value otherwise.
     */
    static Parent afterLoad(Parent root, Map<String, Object> namespace) {
        visit(root, namespace);
        return root;
    }

    private static void visit(Node node, Map<String, Object> namespace) {
        if (node instanceof Label label && label.getProperties().get(LABEL_FOR) instanceof String id) {
            if (!(namespace.get(id) instanceof Node field)) {
                throw new IllegalStateException("Label '" + label.getText() + "' is for #" + id + ", not in the view");
            }
            label.setLabelFor(field);
        }
        String name = node.getAccessibleText();
        if (name != null && !name.isBlank() && !node.accessibleTextProperty().isBound()) {
            if (node instanceof ChoiceBox<?> choice) {
                nameWithValue(choice, name);
            } else if (node instanceof ComboBox<?> box) {
                nameWithValue(box, name);
            }
        }
        for (Node child : children(node)) {
            visit(child, namespace);
        }
    }

    /** A node's children as written in FXML: before any skin exists, a pane's content is not yet among them. */
    private static List<Node> children(Node node) {
        List<Node> all = new ArrayList<>();
        if (node instanceof Parent parent) {
            all.addAll(parent.getChildrenUnmodifiable());
        }
        if (node instanceof TitledPane titled) {
            all.add(titled.getContent());
        } else if (node instanceof ScrollPane scroll) {
            all.add(scroll.getContent());
        } else if (node instanceof SplitPane split) {
            all.addAll(split.getItems());
        } else if (node instanceof Accordion accordion) {
            all.addAll(accordion.getPanes());
        } else if (node instanceof ToolBar bar) {
            all.addAll(bar.getItems());
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(tab -> all.add(tab.getContent()));
        }
        all.removeIf(java.util.Objects::isNull);
        return all;
    }

    /**
     * Names a drop-down: its accessible text, which replaces what a screen reader says for it, becomes the name and
     * the chosen value ("Severity: 2 · serious"), kept up to date.
     */
    public static <T> void nameWithValue(ChoiceBox<T> choice, String name) {
        choice.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> spoken(name, choice.getConverter(), choice.getValue()), choice.valueProperty(),
                choice.converterProperty()));
    }

    /** As {@link #nameWithValue(ChoiceBox, String)}, for a combo box. */
    public static <T> void nameWithValue(ComboBox<T> box, String name) {
        box.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> spoken(name, box.getConverter(), box.getValue()), box.valueProperty(), box.converterProperty()));
    }

    private static <T> String spoken(String name, StringConverter<T> converter, T value) {
        String shown = value == null ? "" : converter != null ? converter.toString(value) : value.toString();
        return shown == null || shown.isBlank() ? name : Messages.text("a11y.nameAndValue", name, shown);
    }
}
