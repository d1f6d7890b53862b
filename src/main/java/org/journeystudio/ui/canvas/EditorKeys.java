package org.journeystudio.ui.canvas;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.journeystudio.layout.CardBox;
import org.journeystudio.ui.canvas.KeyboardNavigation.Direction;
import org.journeystudio.ui.editor.EditorSession;

/**
 * The editor's keys that no menu item carries: Tab and arrows move the selection, Enter or F2 renames, Space
 * held pans, Escape cancels a drag or clears the selection (or leaves the editor), Ctrl+Y redoes, and
 * Ctrl+= / Ctrl+- / Ctrl+0 / Ctrl+1 zoom. Keys typed into a text field are left to the field.
 */
final class EditorKeys {
    private final JourneyCanvas canvas;
    private final EditorSession session;
    private final CanvasGestures gestures;
    private final ZoomPan zoomPan;
    private final CanvasRenames renames;
    private final Runnable redo;
    private final Runnable back;

    EditorKeys(JourneyCanvas canvas, EditorSession session, CanvasGestures gestures, ZoomPan zoomPan,
               CanvasRenames renames, Runnable redo, Runnable back) {
        this.canvas = canvas;
        this.session = session;
        this.gestures = gestures;
        this.zoomPan = zoomPan;
        this.renames = renames;
        this.redo = redo;
        this.back = back;
    }

    void keyPressed(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            switch (code) {
                case Y -> redo.run();
                case EQUALS, PLUS, ADD -> zoomPan.zoomIn();
                case MINUS, SUBTRACT -> zoomPan.zoomOut();
                case DIGIT0, NUMPAD0 -> zoomPan.fit();
                case DIGIT1, NUMPAD1 -> zoomPan.actualSize();
                default -> {
                    return;
                }
            }
            e.consume();
            return;
        }
        if (code == KeyCode.ESCAPE) {
            e.consume();
            if (!gestures.cancel()) {
                if (!session.selection().isEmpty()) {
                    session.selection().clear();
                } else {
                    back.run();
                }
            }
            return;
        }
        if (!canvas.view().isFocused()) {
            return;
        }
        switch (code) {
            case SPACE -> gestures.spaceHeld(true);
            case TAB -> select(KeyboardNavigation.step(canvas.layout(), focusCard(), !e.isShiftDown()));
            case LEFT -> select(KeyboardNavigation.nearest(canvas.layout(), focusCard(), Direction.LEFT));
            case RIGHT -> select(KeyboardNavigation.nearest(canvas.layout(), focusCard(), Direction.RIGHT));
            case UP -> select(KeyboardNavigation.nearest(canvas.layout(), focusCard(), Direction.UP));
            case DOWN -> select(KeyboardNavigation.nearest(canvas.layout(), focusCard(), Direction.DOWN));
            case ENTER, F2 -> renames.renameSelection();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The card the keys move from: the latest one selected. */
    private String focusCard() {
        List<String> ids = session.selection().touchpointIds();
        return ids.isEmpty() ? "" : ids.get(ids.size() - 1);
    }

    private void select(Optional<String> id) {
        id.ifPresent(card -> {
            session.selection().selectTouchpoints(List.of(card));
            canvas.layout().card(card).map(CardBox::box).ifPresent(zoomPan::reveal);
        });
    }
}
