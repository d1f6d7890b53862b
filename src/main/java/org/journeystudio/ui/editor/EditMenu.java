package org.journeystudio.ui.editor;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import org.journeystudio.edit.Document;
import org.journeystudio.editing.EditActions;
import org.journeystudio.editing.SelectedIds;
import org.journeystudio.i18n.Messages;
import org.journeystudio.ui.StudioCommand;
import org.journeystudio.ui.canvas.CanvasPanel;
import org.journeystudio.ui.session.CardImages;
import org.journeystudio.ui.session.EditorSession;

/**
 * The Edit menu (of the window's menu bar) and the undo/redo buttons: runs their actions ({@link EditActions}) on the session's selection
 * and selects what they made, and keeps the items' texts and enabled states in step with the history and the
 * selection.
 */
final class EditMenu {
    /** The menu's items and the toolbar buttons that share their actions. */
    record Items(MenuItem undo, MenuItem redo, MenuItem cut, MenuItem copy, MenuItem paste, MenuItem duplicate,
                 MenuItem delete, Button undoButton, Button redoButton) {
    }

    private final EditorSession session;
    private final StudioClipboard clipboard;
    private final CanvasPanel canvas;
    private final Items items;
    private final EditActions actions;
    private final CardImages images;

    EditMenu(EditorSession session, StudioClipboard clipboard, CanvasPanel canvas, Items items) {
        this.session = session;
        this.clipboard = clipboard;
        this.canvas = canvas;
        this.items = items;
        this.actions = new EditActions(session.document(), session::newCardEvidence);
        this.images = new CardImages(session);
        items.paste().disableProperty().bind(clipboard.filledProperty().not());
        session.selection().touchpointIds().addListener((ListChangeListener<String>) c -> showSelection());
        session.selection().stageIdProperty().addListener((obs, old, id) -> showSelection());
        showHistory();
    }

    /** Undo and redo name the step they take back or do again, and are off when there is none. */
    void showHistory() {
        Document document = session.document();
        items.undo().setText(document.undoDescription().map(d -> Messages.text("editor.undoStep", d))
                .orElse(Messages.text("editor.undo")));
        items.redo().setText(document.redoDescription().map(d -> Messages.text("editor.redoStep", d))
                .orElse(Messages.text("editor.redo")));
        items.undo().setDisable(!document.canUndo());
        items.redo().setDisable(!document.canRedo());
        items.undoButton().setDisable(!document.canUndo());
        items.redoButton().setDisable(!document.canRedo());
        items.undoButton().getTooltip().setText(StudioCommand.UNDO.withShortcut(items.undo().getText()));
        items.redoButton().getTooltip().setText(StudioCommand.REDO.withShortcut(items.redo().getText()));
        showSelection();
    }

    private void showSelection() {
        boolean cards = !session.selection().touchpointIds().isEmpty();
        items.cut().setDisable(!cards);
        items.copy().setDisable(!cards);
        items.duplicate().setDisable(!cards);
        items.delete().setDisable(session.selection().isEmpty());
    }

    void undo() {
        actions.undo();
    }

    void redo() {
        actions.redo();
    }

    void cut() {
        SelectedIds selected = selected();
        actions.copy(selected).ifPresent(clipboard::put);
        select(() -> actions.cut(selected));
    }

    void copy() {
        SelectedIds selected = selected();
        actions.copy(selected).ifPresent(copied -> {
            clipboard.put(copied);
            session.tell(Messages.text("editor.copiedCards", selected.touchpointIds().size()));
        });
    }

    /** A picture on the system clipboard goes onto the one selected card; otherwise the studio's cards paste. */
    void paste() {
        if (!pasteImage()) {
            clipboard.content().ifPresent(content -> select(() -> actions.paste(content, selected())));
        }
    }

    /** Pastes the system clipboard's picture onto the one selected card; false when there is none to paste. */
    boolean pasteImage() {
        return images.pasteOnSelectedCard(Clipboard.getSystemClipboard());
    }

    void duplicate() {
        select(() -> actions.duplicate(selected()));
    }

    void delete() {
        select(() -> actions.delete(selected()));
    }

    /** Every card the map shows. */
    void selectAll() {
        session.selection().select(actions.all());
    }

    /** A new card after the selected one, its title open for typing. */
    void addCard() {
        session.attempt(() -> actions.addCard(selected())).ifPresent(canvas::selectAndRename);
    }

    /** A new stage after the selected one, its name open for typing. */
    void addStage() {
        session.attempt(() -> actions.addStage(selected())).ifPresent(canvas::selectAndRename);
    }

    private void select(Supplier<Optional<SelectedIds>> action) {
        session.attempt(action).ifPresent(session.selection()::select);
    }

    private SelectedIds selected() {
        return session.selection().ids();
    }
}
