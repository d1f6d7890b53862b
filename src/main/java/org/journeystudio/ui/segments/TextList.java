package org.journeystudio.ui.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.journeystudio.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A persona's goals, needs or frustrations: one line per text with a remove button, and a field that adds one
 * (Enter or the + button). Every add or removal hands the whole new list to {@code change}, as one edit.
 */
final class TextList {
    private final String kind;
    private final Consumer<List<String>> change;
    private final VBox rows = new VBox(2);
    private final TextField newItem = new TextField();
    private final VBox view;
    private final Texts texts;
    private List<String> shown = List.of();

    /** The keys of a list's words: its prompt, its add button and its remove buttons (which name the item). */
    record Texts(String prompt, String add, String remove) {
    }

    static Texts texts(String prompt, String add, String remove) {
        return new Texts(prompt, add, remove);
    }

    /**
     * @param kind  the singular word, e.g. "goal": ids become {@code goal-0}, {@code newGoal}, {@code addGoal}
     * @param texts the keys of what the list says
     */
    TextList(String kind, Texts texts, Consumer<List<String>> change) {
        this.texts = texts;
        this.kind = kind;
        this.change = change;
        String capital = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        newItem.setId("new" + capital);
        newItem.setPromptText(Messages.text(texts.prompt()));
        newItem.setOnAction(e -> add());
        Button add = new Button(null, new FontIcon("fth-plus"));
        add.setId("add" + capital);
        add.getStyleClass().addAll(SegmentsStyles.FLAT, SegmentsStyles.BUTTON_ICON);
        add.setAccessibleText(Messages.text(texts.add()));
        add.setOnAction(e -> add());
        HBox.setHgrow(newItem, Priority.ALWAYS);
        HBox addRow = new HBox(4, newItem, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        view = new VBox(4, rows, addRow);
        view.getStyleClass().add(SegmentsStyles.TEXT_LIST);
    }

    Node view() {
        return view;
    }

    void show(List<String> items) {
        if (items.equals(shown)) {
            return;
        }
        shown = List.copyOf(items);
        rows.getChildren().clear();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            Label text = new Label("• " + items.get(i));
            text.setId(kind + "-" + i);
            text.getStyleClass().add(SegmentsStyles.TEXT_LIST_ITEM);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon("fth-x"));
            remove.getStyleClass().addAll(SegmentsStyles.FLAT, SegmentsStyles.BUTTON_ICON);
            remove.setAccessibleText(Messages.text(texts.remove(), items.get(i)));
            remove.setOnAction(e -> {
                List<String> next = new ArrayList<>(shown);
                next.remove(index);
                change.accept(next);
            });
            HBox row = new HBox(4, text, remove);
            row.getStyleClass().add(SegmentsStyles.TEXT_LIST_ROW);
            rows.getChildren().add(row);
        }
    }

    void setDisable(boolean disable) {
        view.setDisable(disable);
    }

    private void add() {
        String text = newItem.getText().strip();
        if (text.isEmpty()) {
            return;
        }
        List<String> next = new ArrayList<>(shown);
        next.add(text);
        newItem.clear();
        change.accept(next);
    }
}
