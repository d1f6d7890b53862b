package org.journeystudio.ui.canvas;

import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.journeystudio.layout.Box;

/**
 * A text field laid over a card title or stage name: Enter (or clicking elsewhere) commits, Escape cancels.
 * It lives in the canvas, so it scales with the zoom like what it edits.
 */
final class InPlaceEditor {
    private final JourneyCanvas canvas;
    private TextField field;

    InPlaceEditor(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    boolean isEditing() {
        return field != null;
    }

    /** Opens the field over {@code box} with {@code text}; {@code commit} gets the new text unless cancelled. */
    void edit(Box box, String text, Consumer<String> commit) {
        close();
        TextField editor = new TextField(text);
        editor.getStyleClass().add(CanvasStyles.IN_PLACE_EDITOR);
        editor.setId("inPlaceEditor");
        editor.relocate(box.x(), box.y());
        editor.setPrefWidth(box.w());
        editor.resize(box.w(), Math.max(30, Math.min(box.h(), 36)));
        field = editor;
        boolean[] done = {false};
        Runnable finish = () -> {
            if (!done[0]) {
                done[0] = true;
                close();
                String typed = editor.getText().strip();
                if (!typed.equals(text.strip())) {
                    commit.accept(typed);
                }
                canvas.view().requestFocus();
            }
        };
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                finish.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                done[0] = true;
                close();
                canvas.view().requestFocus();
            }
        });
        editor.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                finish.run();
            }
        });
        canvas.overlay().getChildren().add(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    void close() {
        if (field != null) {
            TextField old = field;
            field = null;
            canvas.overlay().getChildren().remove(old);
        }
    }
}
