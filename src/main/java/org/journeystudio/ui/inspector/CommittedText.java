package org.journeystudio.ui.inspector;

import java.util.function.Function;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.editing.FieldEdits;

/**
 * Ties a text field to one value of the map. What is typed is applied on Enter (Ctrl+Enter in a text area)
 * and when focus leaves; Escape brings back the map's value. A refresh from the map replaces the text only
 * when the map's value really changed (undo, another panel), so the caret of someone typing is left alone.
 */
final class CommittedText {
    private static final String ONE_LINE = "inspector.oneLine";
    private final TextInputControl field;
    private final FieldEdits edits;
    private final Function<String, MapCommand> toCommand;
    private final InlineMessage message;
    private String shown;

    /**
     * @param toCommand the command that applies a text; null when there is nothing to do; throws
     *                  {@link IllegalArgumentException} with a message for the user when the text is not valid
     */
    CommittedText(TextInputControl field, FieldEdits edits, Function<String, MapCommand> toCommand,
                  InlineMessage message) {
        this.field = field;
        this.edits = edits;
        this.toCommand = toCommand;
        this.message = message;
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit();
                edits.endTyping();
            }
        });
        if (field instanceof TextField textField) {
            textField.setOnAction(e -> commit());
        }
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isDirty()) {
                e.consume();
                field.setText(shown);
                message.clear();
            } else if (e.getCode() == KeyCode.ENTER && field instanceof TextArea area
                    && (e.isShortcutDown() || !area.isWrapText() || isOneLine(area))) {
                e.consume();
                commit();
            }
        });
    }

    /**
     * Makes a wrapping text area behave as a one-line field whose long text wraps: Enter applies instead of
     * starting a new line (notes on a card are single statements).
     */
    static void oneLine(TextArea area) {
        area.getProperties().put(ONE_LINE, Boolean.TRUE);
        area.textProperty().addListener((o, was, now) -> {
            if (now.indexOf('\n') >= 0) {
                area.setText(now.replace('\n', ' ')); // pasted lines become one statement
            }
        });
    }

    private static boolean isOneLine(TextArea area) {
        return Boolean.TRUE.equals(area.getProperties().get(ONE_LINE));
    }

    /** Shows the map's value, keeping the user's unfinished text when the map's value did not change. */
    void show(String value) {
        if (value.equals(shown)) {
            return;
        }
        shown = value;
        if (!field.getText().equals(value)) {
            int caret = field.getCaretPosition();
            field.setText(value);
            if (field.isFocused()) {
                field.positionCaret(Math.min(caret, value.length()));
            }
        }
        message.clear();
    }

    /** The field now shows something else (another card, stage or row): the next {@link #show} sets the text. */
    void forget() {
        shown = null;
        message.clear();
    }

    boolean isDirty() {
        return shown != null && !field.getText().equals(shown);
    }

    /** Applies the typed text if it differs from the map's; invalid text leaves a message and changes nothing. */
    void commit() {
        if (!isDirty() || edits.refreshing()) {
            return;
        }
        MapCommand command;
        try {
            command = toCommand.apply(field.getText());
        } catch (IllegalArgumentException e) {
            message.show(e.getMessage());
            return;
        }
        if (command == null) {
            message.clear();
            return;
        }
        edits.typed(command, message);
    }

    TextInputControl field() {
        return field;
    }
}
