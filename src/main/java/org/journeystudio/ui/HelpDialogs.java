package org.journeystudio.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The Help menu's windows: the keyboard shortcuts (read from the commands themselves) and About. */
final class HelpDialogs {
    /** The canvas's own keys, which no menu item carries. */
    private static final String[][] CANVAS_KEYS = {
        {"Move the selection", "Tab, arrow keys"},
        {"Rename the selected card or stage", "Enter, F2"},
        {"Clear the selection, cancel a drag, back to the library", "Esc"},
        {"Pan the map", "Space + drag"},
        {"Zoom", "Ctrl + mouse wheel"},
    };

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
        for (String[] key : CANVAS_KEYS) {
            grid.addRow(row++, new Label(key[0]), new Label(key[1]));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        Dialogs.prepare(alert, owner, "Keyboard shortcuts");
        alert.getDialogPane().setContent(scroll);
        alert.setGraphic(null);
        alert.show();
    }

    static void about(Window owner) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "Customer-journey maps: draw them, rate them from "
                + "surveys and workshops, present and export them." + (version == null ? "" : "\nVersion " + version),
                ButtonType.CLOSE);
        Dialogs.prepare(alert, owner, StudioWindow.APP_NAME);
        alert.show();
    }
}
