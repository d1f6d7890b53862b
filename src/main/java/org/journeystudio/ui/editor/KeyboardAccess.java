package org.journeystudio.ui.editor;

import java.util.function.Supplier;
import javafx.stage.Window;
import org.journeystudio.ui.StudioCommand;
import org.journeystudio.ui.StudioMenuBar;
import org.journeystudio.ui.canvas.CanvasPanel;
import org.journeystudio.ui.outline.OutlineController;
import org.journeystudio.ui.session.EditorSession;

/**
 * The editor's ways in for a person without a mouse or without sight (issue 23): View ▸ Outline… opens the
 * map's outline beside the window (closed with the project), and ? on the canvas shows the shortcuts sheet.
 */
final class KeyboardAccess {
    private KeyboardAccess() {
    }

    static void attach(StudioMenuBar menus, CanvasPanel canvas, EditorSession session, Supplier<Window> window) {
        menus.attach(StudioCommand.OUTLINE, () -> OutlineController.show(session, window.get()));
        menus.whenReleased(() -> OutlineController.closeFor(session));
        canvas.onShortcutsKey(() -> menus.item(StudioCommand.SHORTCUTS).fire());
    }
}
