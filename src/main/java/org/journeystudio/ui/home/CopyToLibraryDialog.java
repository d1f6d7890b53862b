package org.journeystudio.ui.home;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.FormChecks;
import org.journeystudio.ui.Views;

/** Asks which library a project is copied to (a recent one, or a folder or address typed in) and its title there. */
final class CopyToLibraryDialog {

    /** The user's answer. */
    record Choice(String library, String title) {
    }

    @FXML
    private ComboBox<String> libraryChoice;
    @FXML
    private TextField copyTitleField;
    @FXML
    private Label titleProblem;

    private final List<String> libraries;
    private final String title;

    private CopyToLibraryDialog(List<String> libraries, String title) {
        this.libraries = libraries;
        this.title = title;
    }

    /** Shows the dialog for the project {@code title}; empty when cancelled. */
    static Optional<Choice> show(Window owner, List<String> libraries, String title) {
        CopyToLibraryDialog form = new CopyToLibraryDialog(libraries, title);
        Node content = Views.load(form);
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(Messages.text("home.copyToLibraryTitle"));
        dialog.setHeaderText(Messages.text("home.copyToAnotherLibrary", title));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType copy = new ButtonType(Messages.text("home.copy"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(copy, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("copyToLibraryDialog");
        Dialogs.themed(dialog.getDialogPane());
        Node copyButton = dialog.getDialogPane().lookupButton(copy);
        copyButton.setId("copyToLibraryButton");
        TextField library = form.libraryChoice.getEditor();
        // The combo box's editor has its tooltip bound by its skin, so the title alone gets the danger outline.
        FormChecks checks = new FormChecks().required(form.copyTitleField, Messages.text("home.copyNeedsATitle"));
        checks.report(form.titleProblem);
        copyButton.disableProperty().bind(checks.invalid().or(Bindings.createBooleanBinding(
                () -> library.getText().isBlank() || form.copyTitleField.getText().isBlank(), library.textProperty(),
                form.copyTitleField.textProperty())));
        dialog.setResultConverter(button -> button == copy
                ? new Choice(library.getText().strip(), form.copyTitleField.getText().strip()) : null);
        dialog.setOnShown(e -> library.requestFocus());
        return dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        libraryChoice.setId("libraryChoice");
        libraryChoice.getItems().setAll(libraries);
        if (!libraries.isEmpty()) {
            libraryChoice.getSelectionModel().select(0);
        }
        copyTitleField.setText(title);
    }
}
