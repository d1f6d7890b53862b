package org.journeystudio.ui.inspector;

import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.editing.FieldEdits;

/**
 * Ties a text field to one value of the map. What is typed is applied on Enter (Ctrl+Enter in a text area), when
 * focus leaves, and after a short pause in typing, so it is saved like a canvas edit ("Saving…", then "Saved");
 * one round of typing in a field stays one undo step. Escape takes the field back to where this round of typing
 * began. A refresh from the map never throws away what the user typed and has not applied yet: the field keeps
 * it, and it is applied as usual.
 */
final class CommittedText {
    /** How long typing pauses before what is typed is applied. */
    static final Duration PAUSE = Duration.millis(600);
    private static final String ONE_LINE = "inspector.oneLine";
    private final TextInputControl field;
    private final FieldEdits edits;
    private final Function<String, MapCommand> toCommand;
    private final InlineMessage message;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private boolean applyOnPause = true;
    private boolean showing;
    /** The map's value. */
    private String shown;
    /** The map's value when this round of typing began; null while the user is not typing here. */
    private String typingFrom;

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
        pause.setOnFinished(e -> applyQuietly());
        field.textProperty().addListener((o, was, now) -> {
            if (!showing && shown != null) {
                if (typingFrom == null) {
                    typingFrom = shown;
                }
                if (applyOnPause) {
                    pause.playFromStart();
                }
            }
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit();
                edits.endTyping();
                typingFrom = null;
            }
        });
        if (field instanceof TextField textField) {
            textField.setOnAction(e -> commit());
        }
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && (isDirty() || typingFrom != null && !typingFrom.equals(shown))) {
                e.consume();
                field.setText(typingFrom != null ? typingFrom : shown);
                commit();
                message.clear();
            } else if (e.getCode() == KeyCode.ENTER && field instanceof TextArea area
                    && (e.isShortcutDown() || !area.isWrapText() || isOneLine(area))) {
                e.consume();
                commit();
            }
        });
    }

    /**
     * A number's field: applied on Enter and when focus leaves only, since half-typed numbers ("4." on the way to
     * "4.5") would be applied and shown back differently while the user types.
     */
    CommittedText onEnterOnly() {
        applyOnPause = false;
        return this;
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

    /**
     * Shows the map's value. Text the user typed and has not applied yet stays (it is applied as usual), and so
     * does typed text the map keeps without its outer spaces ("Search " while typing "Search page").
     */
    void show(String value) {
        if (value.equals(shown)) {
            return;
        }
        boolean pending = isDirty() && field.isFocused();
        shown = value;
        String text = field.getText();
        if (!pending && !text.equals(value) && !(field.isFocused() && text.strip().equals(value))) {
            int caret = field.getCaretPosition();
            showing = true;
            try {
                field.setText(value);
            } finally {
                showing = false;
            }
            if (field.isFocused()) {
                field.positionCaret(Math.min(caret, value.length()));
            }
        }
        message.clear();
    }

    /** The field now shows something else (another card, stage or row): the next {@link #show} sets the text. */
    void forget() {
        pause.stop();
        shown = null;
        typingFrom = null;
        message.clear();
    }

    boolean isDirty() {
        return shown != null && !field.getText().equals(shown) && !field.getText().strip().equals(shown);
    }

    /** Applies the typed text if it differs from the map's; invalid text leaves a message and changes nothing. */
    void commit() {
        pause.stop();
        if (!isDirty()) {
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

    /** After a pause in typing: applies valid text; what is not valid yet waits for Enter or leaving the field. */
    private void applyQuietly() {
        if (!isDirty() || !field.isFocused()) {
            return;
        }
        MapCommand command;
        try {
            command = toCommand.apply(field.getText());
        } catch (IllegalArgumentException e) {
            return;
        }
        if (command != null) {
            edits.typed(command, message);
        }
    }

    TextInputControl field() {
        return field;
    }
}
