package org.journeystudio.ui.segments;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.journeystudio.edit.CommandFailedException;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.editing.RefreshGuard;
import org.journeystudio.ui.StudioStyles;
import org.journeystudio.ui.session.EditorSession;

/**
 * How the Segments & personas editor changes the map: each finished edit (a field left or confirmed, a colour
 * picked, a button pressed) is one command and one undo step on the editor's session, so it is saved like every
 * other edit. A refused edit is reported in the editor's message line, and the field shows the map again.
 */
final class SegmentEdits {
    private final EditorSession session;
    private final Label message;
    private final Runnable showMap;
    private final RefreshGuard guard = new RefreshGuard();

    SegmentEdits(EditorSession session, Label message, Runnable showMap) {
        this.session = session;
        this.message = message;
        this.showMap = showMap;
    }

    EditorSession session() {
        return session;
    }

    /** Runs {@code update} as a refresh from the map: the fields it fills make no commands. */
    void refresh(Runnable update) {
        guard.run(update);
    }

    boolean refreshing() {
        return guard.active();
    }

    /** Runs one command as its own undo step; false when there was none, it changed nothing or was refused. */
    boolean step(MapCommand command) {
        if (command == null || guard.active()) {
            return false;
        }
        session.document().closeMerging();
        try {
            boolean changed = session.execute(command);
            message.getStyleClass().remove(StudioStyles.ERROR);
            message.setText(changed ? command.description() : "");
            return changed;
        } catch (CommandFailedException e) {
            message.getStyleClass().add(StudioStyles.ERROR);
            message.setText(e.getMessage());
            showMap.run();
            return false;
        } finally {
            session.document().closeMerging();
        }
    }

    /**
     * Makes {@code field} commit its text as {@code command} when it loses the focus, on Enter (a text field) or
     * Ctrl+Enter (a text area); a text equal to what the map holds makes no step. A command that cannot be built
     * from the text (a share of "lots") is refused with the message it throws.
     */
    void committed(TextInputControl field, Function<String, MapCommand> command) {
        Runnable commit = () -> {
            if (guard.active()) {
                return;
            }
            MapCommand built;
            try {
                built = command.apply(field.getText());
            } catch (IllegalArgumentException e) {
                message.getStyleClass().add(StudioStyles.ERROR);
                message.setText(e.getMessage());
                showMap.run();
                return;
            }
            if (built != null) {
                step(built);
            }
        };
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean confirm = e.getCode() == KeyCode.ENTER && (!(field instanceof TextArea) || e.isShortcutDown());
            if (confirm) {
                commit.run();
                e.consume();
            }
        });
    }
}
