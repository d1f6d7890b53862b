package org.journeystudio.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.ui.library.SharedRemoval;
import org.journeystudio.usecase.SharedLibrary;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An editable list of one card's notes (expectations, pain points, opportunities): each row edited in place,
 * moved up or down or removed, and an add row at the bottom. Rows are kept and updated in place while the
 * number of items stays the same, so a refresh never takes the caret out of the row being typed in.
 *
 * @param <T> the item type
 */
abstract class ItemList<T> {
    /** Makes the command that applies an edit of the whole list to the selected card. */
    interface Target<T> {
        MapCommand change(UnaryOperator<List<T>> edit);
    }

    protected final FieldEdits edits;
    protected final InlineMessage message = new InlineMessage();
    private final Target<T> target;
    private final String styleName;
    private final VBox rows = new VBox(6);
    private final Label empty;
    private final VBox view;
    private final List<Row> shownRows = new ArrayList<>();
    private List<T> items = List.of();
    private Supplier<Optional<SharedLibrary>> sharedLibrary = Optional::empty;
    private final int charsPerLine;

    ItemList(FieldEdits edits, Target<T> target, String styleName, String emptyText, int charsPerLine) {
        this.charsPerLine = charsPerLine;
        this.edits = edits;
        this.target = target;
        this.styleName = styleName;
        this.empty = new Label(emptyText);
        empty.getStyleClass().add(InspectorStyles.EMPTY_NOTE);
        empty.managedProperty().bind(empty.visibleProperty());
        this.view = new VBox(8, empty, rows);
        view.getStyleClass().addAll(InspectorStyles.ITEM_LIST, InspectorStyles.listOf(styleName));
    }

    /** The list with its add row; built once, after the subclass is ready. */
    Node view() {
        if (view.getChildren().size() == 2) {
            view.getChildren().addAll(addRow(), message);
        }
        return view;
    }

    void show(List<T> items) {
        this.items = List.copyOf(items);
        while (shownRows.size() < items.size()) {
            Row row = newRow();
            row.node.getStyleClass().addAll(InspectorStyles.ITEM_ROW, InspectorStyles.rowOf(styleName));
            shownRows.add(row);
            rows.getChildren().add(row.node);
        }
        while (shownRows.size() > items.size()) {
            shownRows.remove(shownRows.size() - 1);
            rows.getChildren().remove(rows.getChildren().size() - 1);
        }
        for (int i = 0; i < items.size(); i++) {
            Row row = shownRows.get(i);
            row.index = i;
            row.up.setDisable(i == 0);
            row.down.setDisable(i == items.size() - 1);
            row.show(items.get(i));
        }
        empty.setVisible(items.isEmpty());
    }

    /** Commits what is being typed in a row, before the selection moves away. */
    void commitPending() {
        shownRows.forEach(row -> {
            row.committed.commit();
            row.fields.forEach(CommittedText::commit);
        });
    }

    /** The list now belongs to another card: every row takes its next item's text as it is. */
    void forget() {
        shownRows.forEach(row -> {
            row.committed.forget();
            row.fields.forEach(CommittedText::forget);
        });
        message.clear();
    }

    protected abstract Row newRow();

    protected abstract Node addRow();

    protected final void add(T item) {
        edits.step(target.change(list -> plus(list, item)), message);
    }

    private void replace(int index, UnaryOperator<T> change) {
        edits.step(target.change(list -> {
            List<T> changed = new ArrayList<>(list);
            changed.set(index, change.apply(changed.get(index)));
            return changed;
        }), message);
    }

    /** Where the library's shared items are looked up when one is removed (none until set). */
    void sharedThrough(Supplier<Optional<SharedLibrary>> library) {
        this.sharedLibrary = library;
    }

    /** The library that shared items are looked up in, if one is open. */
    protected final Optional<SharedLibrary> sharedLibrary() {
        return sharedLibrary.get();
    }

    /** The library item {@code item} is one use of, when it is shared: removing it then asks where. */
    protected Optional<SharedRemoval.Item> sharedItem(T item) {
        return Optional.empty();
    }

    private void remove(int index) {
        Runnable here = () -> edits.step(target.change(list -> {
            List<T> changed = new ArrayList<>(list);
            changed.remove(index);
            return changed;
        }), message);
        Optional<SharedRemoval.Item> shared = index < items.size() ? sharedItem(items.get(index)) : Optional.empty();
        if (shared.isEmpty()) {
            here.run();
        } else {
            SharedRemoval.remove(view.getScene().getWindow(), sharedLibrary.get(), edits.map().id(), shared.get(),
                    here, message::show);
        }
    }

    private void move(int index, int by) {
        edits.step(target.change(list -> {
            List<T> changed = new ArrayList<>(list);
            changed.add(index + by, changed.remove(index));
            return changed;
        }), message);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> changed = new ArrayList<>(list);
        changed.add(item);
        return changed;
    }

    static Button iconButton(String icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(InspectorStyles.FLAT, InspectorStyles.SMALL, InspectorStyles.BUTTON_ICON);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip); // an icon alone says nothing to a screen reader
        return button;
    }

    /**
     * Lines a note needs at the panel's usual width, so a short note takes one line and a long one shows whole
     * (up to four lines, then it scrolls). A TextArea cannot size itself to its wrapped text.
     */
    private int rowsFor(String text) {
        return Math.max(1, Math.min(4, (text.length() + charsPerLine - 1) / charsPerLine));
    }

    /** The add row's text field; Enter in it adds, like the add button beside it. */
    static TextField newItemField(String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    /** One shown item: a text field for its text, tools to move and remove it, and what subclasses add. */
    abstract class Row {
        final TextArea text = new TextArea();
        final Button up = iconButton("fth-chevron-up", Messages.text("inspector.moveUp"));
        final Button down = iconButton("fth-chevron-down", Messages.text("inspector.moveDown"));
        final Button remove = iconButton("fth-trash-2", Messages.text("inspector.remove"));
        final CommittedText committed;
        /** Further texts of the item that subclasses show (an opportunity's owner, KPI…). */
        final List<CommittedText> fields = new ArrayList<>();
        final VBox node = new VBox(4);
        int index;

        /**
         * @param withText how a new text is put into an item
         */
        Row(Function<String, UnaryOperator<T>> withText) {
            committed = committed(text, withText);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setWrapText(true);
            text.setPrefColumnCount(12); // the panel's width decides, not the text's
            text.textProperty().addListener((o, was, now) -> text.setPrefRowCount(rowsFor(now)));
            CommittedText.oneLine(text);
            text.getStyleClass().add(InspectorStyles.ITEM_TEXT);
            up.getStyleClass().add(InspectorStyles.MOVE_UP);
            down.getStyleClass().add(InspectorStyles.MOVE_DOWN);
            remove.getStyleClass().add(InspectorStyles.REMOVE_ITEM);
            up.setOnAction(e -> move(index, -1));
            down.setOnAction(e -> move(index, 1));
            remove.setOnAction(e -> remove(index));
        }

        /** The text, the move and remove tools. */
        HBox tools() {
            return new HBox(2, up, down, remove);
        }

        /** A text of this row's item typed into {@code field}, committed like the row's text: its own undo step. */
        final CommittedText committed(javafx.scene.control.TextInputControl field,
                                      Function<String, UnaryOperator<T>> withText) {
            return new CommittedText(field, edits, typed -> target.change(list -> {
                List<T> changed = new ArrayList<>(list);
                changed.set(index, withText.apply(typed).apply(changed.get(index)));
                return changed;
            }), message);
        }

        /** Changes this row's item by a choice (severity, evidence): its own undo step. */
        void choose(UnaryOperator<T> change) {
            replace(index, change);
        }

        abstract void show(T item);
    }
}
