package org.journeystudio.ui.editor;

import java.util.function.BooleanSupplier;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.journeystudio.ui.canvas.CanvasPanel;
import org.journeystudio.ui.session.Selection;

/**
 * The editor's keys that no menu item carries: Escape cancels a drag or clears the selection (or leaves the
 * editor), Ctrl+Y redoes, Ctrl+V pastes a picture onto the selected card, Ctrl+= / Ctrl+- / Ctrl+0 / Ctrl+1 zoom, F5 presents; the canvas's own keys (Tab,
 * arrows, Enter, F2, Space) go to the canvas. Keys typed into a text field are left to the field.
 */
final class EditorKeys {
    private final CanvasPanel canvas;
    private final Selection selection;
    private final Runnable redo;
    private final Runnable back;
    private final Runnable present;
    private final BooleanSupplier pasteImage;

    /** @param pasteImage pastes the clipboard's picture onto the selected card, false when there is none */
    EditorKeys(CanvasPanel canvas, Selection selection, Runnable redo, Runnable back, Runnable present,
               BooleanSupplier pasteImage) {
        this.canvas = canvas;
        this.selection = selection;
        this.redo = redo;
        this.back = back;
        this.present = present;
        this.pasteImage = pasteImage;
    }

    void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.F5 && !e.isConsumed()) {
            e.consume(); // presents from a text field too: F5 types nothing
            present.run();
            return;
        }
        if (e.getTarget() instanceof TextInputControl || e.isConsumed()) {
            return;
        }
        if (e.isShortcutDown()) {
            switch (code) {
                case Y -> redo.run();
                case V -> {
                    // A picture pastes onto the card here; cards paste through the menu's accelerator after.
                    if (!pasteImage.getAsBoolean()) {
                        return;
                    }
                }
                case EQUALS, PLUS, ADD -> canvas.zoomIn();
                case MINUS, SUBTRACT -> canvas.zoomOut();
                case DIGIT0, NUMPAD0 -> canvas.fit();
                case DIGIT1, NUMPAD1 -> canvas.actualSize();
                default -> {
                    return;
                }
            }
            e.consume();
            return;
        }
        if (code == KeyCode.ESCAPE) {
            e.consume();
            if (!canvas.cancelGesture()) {
                if (!selection.isEmpty()) {
                    selection.clear();
                } else {
                    back.run();
                }
            }
            return;
        }
        canvas.keyPressed(e);
    }

    void keyReleased(KeyEvent e) {
        canvas.keyReleased(e);
    }
}
