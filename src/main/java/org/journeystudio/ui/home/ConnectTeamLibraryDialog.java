package org.journeystudio.ui.home;

import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.TeamLibraryAddress;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.Views;
import org.journeystudio.usecase.TeamLibraryConnection;

/**
 * "Connect to a team library…": host, port, database, user, password and TLS mode, or a recent team library chosen
 * to fill them in. Connecting runs off the FX thread (up to the connect time-out); a refusal is shown under the
 * fields and the dialog stays open. The password is read once for the connection and never stored.
 */
public final class ConnectTeamLibraryDialog {
    private static final String FAILED = "failed";

    @FXML private ComboBox<String> recentChoice;
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private ChoiceBox<String> tlsChoice;
    @FXML private Label connectMessage;

    private final List<String> recent;
    private PostgresLibrary connected;

    private ConnectTeamLibraryDialog(List<String> recent) {
        this.recent = recent;
    }

    /**
     * Asks for the password of the team library at {@code address} (the studio started on it without one in
     * PGPASSWORD or ~/.pgpass), with the fields filled in; the open library, or empty when cancelled.
     */
    public static Optional<PostgresLibrary> ask(Window owner, TeamLibraryAddress address, BackgroundWork work) {
        return show(owner, List.of(address.toString()), work);
    }

    /** Shows the dialog; the open team library, or empty when cancelled. */
    static Optional<PostgresLibrary> show(Window owner, List<String> recentLibraries, BackgroundWork work) {
        ConnectTeamLibraryDialog form = new ConnectTeamLibraryDialog(recentLibraries.stream()
                .filter(TeamLibraryAddress::isTeamLibrary).toList());
        Node content = Views.load(form);
        Dialog<PostgresLibrary> dialog = new Dialog<>();
        dialog.setTitle(Messages.text("home.connectTitle"));
        dialog.setHeaderText(Messages.text("home.connectHeader"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType connect = new ButtonType(Messages.text("home.connect"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("connectTeamLibraryDialog");
        Dialogs.themed(dialog.getDialogPane());
        Button connectButton = (Button) dialog.getDialogPane().lookupButton(connect);
        connectButton.setId("connectButton");
        // The dialog closes only once connected: the click starts the connection and the result closes it.
        connectButton.addEventFilter(ActionEvent.ACTION, click -> {
            click.consume();
            form.connect(work, connectButton, dialog);
        });
        dialog.setResultConverter(button -> button == connect ? form.connected : null);
        dialog.setOnShown(e -> (form.hostField.getText().isBlank() ? form.hostField : form.passwordField)
                .requestFocus());
        return dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        tlsChoice.getItems().setAll(TeamLibraryConnection.TLS_MODES);
        tlsChoice.setValue(TeamLibraryConnection.DEFAULT_TLS_MODE);
        userField.setText(System.getProperty("user.name", ""));
        recentChoice.getItems().setAll(recent);
        recentChoice.setDisable(recent.isEmpty());
        recentChoice.valueProperty().addListener((obs, old, chosen) -> fill(chosen));
        if (!recent.isEmpty()) {
            recentChoice.setValue(recent.get(0));
        }
    }

    private void fill(String address) {
        if (address == null) {
            return;
        }
        TeamLibraryConnection.Fields fields = TeamLibraryConnection.fields(TeamLibraryAddress.parse(address));
        hostField.setText(fields.host());
        portField.setText(fields.port());
        databaseField.setText(fields.database());
        userField.setText(fields.user());
        tlsChoice.setValue(fields.tlsMode());
        passwordField.clear();
        say(TeamLibraryConnection.needsPassword(TeamLibraryConnection.address(fields()))
                ? Messages.text("home.typeThePassword") : Messages.text("home.passwordFromPgpass"), false);
    }

    private TeamLibraryConnection.Fields fields() {
        return new TeamLibraryConnection.Fields(hostField.getText(), portField.getText(), databaseField.getText(),
                userField.getText(), tlsChoice.getValue());
    }

    private void connect(BackgroundWork work, Button connectButton, Dialog<PostgresLibrary> dialog) {
        List<String> problems = TeamLibraryConnection.problems(fields());
        if (!problems.isEmpty()) {
            say(String.join(" ", problems), true);
            return;
        }
        TeamLibraryAddress address = TeamLibraryConnection.address(fields());
        char[] password = passwordField.getText().toCharArray();
        say(Messages.text("home.connectingAtMost", address, TeamLibraryAddress.CONNECT_TIMEOUT_SECONDS), false);
        connectButton.setDisable(true);
        Task<PostgresLibrary> task = BackgroundWork.task(Messages.text("home.connectingTo", address),
                cancelled -> TeamLibraryConnection.connect(address, password));
        work.run(task, library -> {
            connectButton.setDisable(false);
            if (!dialog.isShowing()) {
                library.close(); // cancelled while connecting
                return;
            }
            connected = library;
            dialog.setResult(library);
            dialog.close();
        }, failure -> {
            connectButton.setDisable(false);
            passwordField.clear();
            say(Dialogs.reason(failure), true);
        });
    }

    private void say(String message, boolean failed) {
        connectMessage.setText(message);
        connectMessage.getStyleClass().remove(FAILED);
        if (failed) {
            connectMessage.getStyleClass().add(FAILED);
        }
    }
}
