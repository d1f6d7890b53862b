package org.journeystudio.ui;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.InvalidMapException;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.LogLocation;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.survey.SurveyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The studio's small standard dialogs: errors, confirmations and one-line questions, styled alike. */
public final class Dialogs {
    private static final Logger LOG = LoggerFactory.getLogger(Dialogs.class);

    private Dialogs() {
    }

    /**
     * Tells the user what failed ({@code what}) and why, in words taken from the exception. A failure nobody
     * foresaw (a bug) is logged with its stack trace and shown as an {@link InternalErrorDialog} instead.
     */
    public static void error(Window owner, String what, Throwable failure) {
        if (!isExpected(failure)) {
            LOG.error(what, failure);
            InternalErrorDialog.of(owner, what, failure, LogLocation.file()).showAndWait();
            return;
        }
        Alert alert = errorAlert(owner, what, reason(failure));
        if (failure instanceof JourneyFormatException) {
            // file:line:column reads best in a fixed-width font, like a compiler message.
            alert.getDialogPane().getContent().getStyleClass().add(StudioStyles.FILE_LOCATION);
        }
        alert.showAndWait();
    }

    /** Tells the user what failed ({@code what}) and why, in a sentence already written for people. */
    public static void error(Window owner, String what, String reason) {
        errorAlert(owner, what, reason).showAndWait();
    }

    /** Tells the user that the work succeeded but with things to know ({@code details}, one per line). */
    public static void warning(Window owner, String what, String details) {
        Alert alert = errorAlert(owner, what, details);
        alert.setAlertType(Alert.AlertType.WARNING);
        alert.getDialogPane().setId("warningDialog");
        alert.showAndWait();
    }

    private static Alert errorAlert(Window owner, String what, String why) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        prepare(alert, owner, what);
        alert.getDialogPane().setId("errorDialog");
        Label reason = new Label(why);
        reason.setWrapText(true);
        reason.setId("errorReason");
        reason.setMaxWidth(520);
        alert.getDialogPane().setContent(reason);
        return alert;
    }

    /** Asks before something that cannot be undone; true only when the user chose {@code actionLabel}. */
    public static boolean confirm(Window owner, String header, String content, String actionLabel) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, action, ButtonType.CANCEL);
        prepare(alert, owner, header);
        alert.getDialogPane().setId("confirmDialog");
        org.kordamp.ikonli.javafx.FontIcon warning = new org.kordamp.ikonli.javafx.FontIcon(
                org.kordamp.ikonli.feather.Feather.ALERT_TRIANGLE);
        warning.getStyleClass().add(StudioStyles.DIALOG_GRAPHIC);
        alert.setGraphic(warning);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(action)).getStyleClass().add(Styles.DANGER);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(action)).setDefaultButton(false);
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    /**
     * Offers a way out of a problem (the default button); true only when the user chose {@code actionLabel}.
     * The action button gets the id {@code actionId}.
     */
    public static boolean offer(Window owner, String header, String content, String actionLabel, String actionId) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, content, action, ButtonType.CANCEL);
        prepare(alert, owner, header);
        alert.getDialogPane().setId("offerDialog");
        alert.getDialogPane().lookupButton(action).setId(actionId);
        alert.getDialogPane().setMaxWidth(560);
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    /**
     * Asks for one line of text, prefilled; empty when cancelled or left blank. A blank field turns red and
     * says {@code whenBlank} under it, and OK waits for a text.
     */
    public static Optional<String> askText(Window owner, String header, String prompt, String initial, String fieldId,
                                           String whenBlank) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(StudioWindow.APP_NAME);
        dialog.setHeaderText(header);
        dialog.setGraphic(null);
        TextField field = dialog.getEditor();
        field.setId(fieldId);
        field.setPrefColumnCount(28);
        Label label = new Label(prompt);
        label.setLabelFor(field);
        Label problem = new Label();
        problem.setId(fieldId + "Problem");
        FormChecks checks = new FormChecks().required(field, whenBlank);
        checks.report(problem);
        // Our own content instead of the dialog's grid, which has no room for the problem line.
        dialog.getDialogPane().setContent(new VBox(6, label, field, problem));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        themed(dialog.getDialogPane());
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(checks.invalid().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> field.getText().isBlank(), field.textProperty())));
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * The message to show for a failure. Ours (format, library, validation, file errors) are written for people;
     * a wrapper without a message of its own shows its cause; anything else at least names its kind.
     */
    public static String reason(Throwable failure) {
        Throwable shown = failure;
        while (!isExpected(shown) && shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        if (shown instanceof java.nio.file.NoSuchFileException e) {
            return Messages.text("studio.fileDoesNotExist", e.getFile());
        }
        if (shown instanceof java.nio.file.AccessDeniedException e) {
            return Messages.text("studio.fileNotAccessible", e.getFile());
        }
        String message = shown.getMessage();
        return message == null || message.isBlank() ? shown.getClass().getSimpleName() : message;
    }

    private static boolean isExpected(Throwable failure) {
        return failure instanceof JourneyFormatException || failure instanceof LibraryException
                || failure instanceof InvalidMapException || failure instanceof java.io.IOException
                || failure instanceof org.journeystudio.workshop.WorkshopException || failure instanceof SurveyException
                || failure instanceof org.journeystudio.edit.CommandFailedException;
    }

    /** Titles, owns and themes a studio alert. */
    public static void prepare(Alert alert, Window owner, String header) {
        alert.setTitle(StudioWindow.APP_NAME);
        alert.setHeaderText(header);
        if (owner != null) {
            alert.initOwner(owner);
        }
        themed(alert.getDialogPane());
    }

    /**
     * Themes a studio dialog's pane like the studio, and names JavaFX's own buttons (OK, Cancel …) in the studio's
     * language: now, and again once it is shown. Call after its button types are set.
     */
    public static void themed(javafx.scene.control.DialogPane pane) {
        pane.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Theme.style(scene);
                StandardButtons.name(pane); // the buttons as they are once shown, whoever set them
            }
        });
        if (pane.getScene() != null) {
            Theme.style(pane.getScene());
        }
        StandardButtons.name(pane);
    }
}
