package org.journeystudio.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.editing.KeyboardPath;

/** The Help menu's windows: the keyboard shortcuts (read from the commands themselves) and About. */
final class HelpDialogs {
    private HelpDialogs() {
    }

    static void shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setId("shortcutList");
        int row = 0;
        for (StudioCommand command : StudioCommand.values()) {
            if (command.accelerator().isPresent()) {
                grid.addRow(row++, new Label(command.text()), new Label(command.shortcutText()));
            }
        }
        // The canvas's own keys, which no menu item carries.
        for (KeyboardPath.Key key : KeyboardPath.sheet()) {
            grid.addRow(row++, new Label(key.what()), new Label(key.keys()));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        Dialogs.prepare(alert, owner, StudioCommand.SHORTCUTS.text());
        alert.getDialogPane().setContent(scroll);
        alert.setGraphic(null);
        alert.show();
    }

    static void about(Window owner) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        String about = version == null ? Messages.text("studio.aboutText")
                : Messages.text("studio.aboutTextWithVersion", version);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, about, ButtonType.CLOSE);
        Dialogs.prepare(alert, owner, StudioWindow.APP_NAME);
        alert.show();
    }
}
