package org.journeystudio.ui.versions;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.journeystudio.ui.Theme;

/** "Save version…": asks for a version's name (required) and a note. */
final class SaveVersionDialog {
    static final ButtonType SAVE = new ButtonType("Save version", ButtonBar.ButtonData.OK_DONE);

    /** A name and a note as typed, stripped. */
    record Answer(String name, String note) {
    }

    private SaveVersionDialog() {
    }

    /** Shows the dialog and waits; empty when the user cancels. */
    static Optional<Answer> ask(Window owner, String mapTitle) {
        TextField name = new TextField();
        name.setId("versionName");
        name.setPromptText("e.g. Before the client workshop");
        name.setPrefColumnCount(32);
        TextArea note = new TextArea();
        note.setId("versionNote");
        note.setPromptText("What this version is, why it matters (optional)");
        note.setPrefRowCount(4);
        note.setWrapText(true);
        Label nameLabel = new Label("Name");
        nameLabel.setLabelFor(name);
        Label noteLabel = new Label("Note");
        noteLabel.setLabelFor(note);

        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle("Journey Studio");
        dialog.setHeaderText("Save a version of '" + mapTitle + "'");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setId("saveVersionDialog");
        dialog.getDialogPane().setContent(new VBox(6, nameLabel, name, noteLabel, note));
        dialog.getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(SAVE).disableProperty().bind(Bindings.createBooleanBinding(
                () -> name.getText().isBlank(), name.textProperty()));
        dialog.getDialogPane().sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Theme.style(scene);
            }
        });
        dialog.setOnShown(e -> name.requestFocus());
        dialog.setResultConverter(button -> button == SAVE ? new Answer(name.getText().strip(),
                note.getText().strip()) : null);
        return dialog.showAndWait();
    }
}
