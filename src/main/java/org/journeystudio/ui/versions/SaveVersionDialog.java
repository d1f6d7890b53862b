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
import org.journeystudio.i18n.Messages;
import org.journeystudio.ui.Dialogs;

/** "Save version…": asks for a version's name (required) and a note. */
final class SaveVersionDialog {
    /** A name and a note as typed, stripped. */
    record Answer(String name, String note) {
    }

    private SaveVersionDialog() {
    }

    /** Shows the dialog and waits; empty when the user cancels. */
    static Optional<Answer> ask(Window owner, String mapTitle) {
        TextField name = new TextField();
        name.setId("versionName");
        name.setPromptText(Messages.text("versions.namePrompt"));
        name.setPrefColumnCount(32);
        TextArea note = new TextArea();
        note.setId("versionNote");
        note.setPromptText(Messages.text("versions.notePrompt"));
        note.setPrefRowCount(4);
        note.setWrapText(true);
        Label nameLabel = new Label(Messages.text("versions.name"));
        nameLabel.setLabelFor(name);
        Label noteLabel = new Label(Messages.text("versions.note"));
        noteLabel.setLabelFor(note);

        ButtonType save = new ButtonType(Messages.text("versions.saveVersion"), ButtonBar.ButtonData.OK_DONE);
        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle(Messages.text("versions.appName"));
        dialog.setHeaderText(Messages.text("versions.saveHeader", mapTitle));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setId("saveVersionDialog");
        dialog.getDialogPane().setContent(new VBox(6, nameLabel, name, noteLabel, note));
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(Bindings.createBooleanBinding(
                () -> name.getText().isBlank(), name.textProperty()));
        Dialogs.themed(dialog.getDialogPane());
        dialog.setOnShown(e -> name.requestFocus());
        dialog.setResultConverter(button -> button == save ? new Answer(name.getText().strip(),
                note.getText().strip()) : null);
        return dialog.showAndWait();
    }
}
