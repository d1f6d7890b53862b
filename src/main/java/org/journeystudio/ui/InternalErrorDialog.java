package org.journeystudio.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.usecase.FailureSummary;

/**
 * The dialog for a failure nobody foresaw (a bug): what happened in one line, where the log keeps the details,
 * and a Copy details button that puts the stack trace on the clipboard for a bug report. It never shows the
 * trace itself.
 */
public final class InternalErrorDialog {

    private InternalErrorDialog() {
    }

    /** The dialog, not yet shown; {@code what} heads it (what the user was doing, or that something failed). */
    public static Alert of(Window owner, String what, Throwable failure, Path logFile) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        Dialogs.prepare(alert, owner, what);
        alert.getDialogPane().setId("internalErrorDialog");
        Label summary = new Label(Messages.text("studio.internalError", FailureSummary.of(failure)));
        summary.setId("internalErrorSummary");
        summary.setWrapText(true);
        Label where = new Label(Messages.text("studio.internalErrorDetails", logFile));
        where.setId("internalErrorLog");
        where.setWrapText(true);
        VBox content = new VBox(8, summary, where);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);

        ButtonType copy = new ButtonType(Messages.text("studio.copyDetails"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId("copyDetailsButton");
        String details = stackTrace(failure);
        // Copying keeps the dialog open: the user may want to read on, or copy again after the clipboard changed.
        copyButton.addEventFilter(ActionEvent.ACTION, event -> {
            ClipboardContent trace = new ClipboardContent();
            trace.putString(details);
            Clipboard.getSystemClipboard().setContent(trace);
            copyButton.setText(Messages.text("studio.copied"));
            event.consume();
        });
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CLOSE)).setDefaultButton(true);
        return alert;
    }

    private static String stackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
