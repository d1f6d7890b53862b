package org.journeystudio.ui.canvas;

import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.journeystudio.edit.command.RenameLane;
import org.journeystudio.edit.command.RenameStage;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.layout.Box;
import org.journeystudio.ui.session.EditorSession;

/**
 * Renaming cards, stages and lanes in place: a text field laid over the name, where Enter (or clicking
 * elsewhere) commits one command and Escape cancels. It lives in the canvas, so it scales with the zoom like
 * what it edits.
 */
final class InPlaceEditor {
    private static final double FIELD_HEIGHT = 34;

    private final JourneyCanvas canvas;
    private final EditorSession session;
    private final ZoomPan zoomPan;
    private TextField field;

    InPlaceEditor(JourneyCanvas canvas, EditorSession session, ZoomPan zoomPan) {
        this.canvas = canvas;
        this.session = session;
        this.zoomPan = zoomPan;
    }

    void renameCard(String touchpointId) {
        session.map().touchpoint(touchpointId).ifPresent(t -> canvas.layout().card(touchpointId).ifPresent(box -> {
            zoomPan.reveal(box.box());
            edit(new Box(box.box().x(), box.box().y(), box.box().w(), FIELD_HEIGHT), t.title(),
                    title -> session.runStep(SetTouchpointField.of(session.map(), touchpointId, TouchpointField.TITLE,
                            title)));
        }));
    }

    /** The stage header stays at the top while the map scrolls, so the field goes where the header is shown. */
    void renameStage(String stageId) {
        canvas.layout().column(stageId).ifPresent(column -> session.map().stage(stageId).ifPresent(stage -> {
            zoomPan.reveal(column.header());
            Box header = column.header();
            double y = header.y() + Math.max(0, canvas.viewport().y());
            edit(new Box(header.x() + 6, y + 14, header.w() - 12, FIELD_HEIGHT), stage.name(),
                    name -> session.runStep(RenameStage.of(session.map(), stageId, name)));
        }));
    }

    /** Lane titles stay on the left while the map scrolls, likewise. */
    void renameLane(String laneId) {
        canvas.layout().row(laneId).ifPresent(row -> session.map().lane(laneId).ifPresent(lane -> {
            Box header = row.header();
            double x = header.x() + Math.max(0, canvas.viewport().x());
            edit(new Box(x + 6, header.y() + 8, header.w() - 12, FIELD_HEIGHT), lane.title(),
                    title -> session.runStep(RenameLane.of(session.map(), laneId, title)));
        }));
    }

    /** Enter or F2: renames the latest selected card, else the selected stage. */
    void renameSelection() {
        String card = session.selection().ids().latestCard();
        if (card != null) {
            renameCard(card);
        } else if (session.selection().stageIdProperty().get() != null) {
            renameStage(session.selection().stageIdProperty().get());
        }
    }

    boolean isEditing() {
        return field != null;
    }

    /** Opens the field over {@code box} with {@code text}; {@code commit} gets the new text unless cancelled. */
    private void edit(Box box, String text, Consumer<String> commit) {
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
