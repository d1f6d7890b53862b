package org.journeystudio.ui.editor;

import javafx.fxml.FXML;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.journeystudio.editing.TeamConflict;
import org.journeystudio.i18n.Messages;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.Views;

/**
 * Asks which value of a field both this user and someone else changed to keep: the field, mine and theirs side by
 * side, who changed theirs and when. Only presents; the pick is applied by {@code TeamEditing.resolve}.
 */
final class TeamConflictDialog {

    @FXML private Label fieldLabel;
    @FXML private Label theirsWho;
    @FXML private TextArea mineValue;
    @FXML private TextArea theirsValue;

    private final TeamConflict conflict;

    private TeamConflictDialog(TeamConflict conflict) {
        this.conflict = conflict;
    }

    /** Shows the dialog and waits; true when the user keeps mine (closing it keeps theirs, which is shown already). */
    static boolean keepsMine(Window owner, TeamConflict conflict) {
        TeamConflictDialog form = new TeamConflictDialog(conflict);
        ButtonType theirs = new ButtonType(Messages.text("editor.keepTheirs"), ButtonBar.ButtonData.NO);
        ButtonType mine = new ButtonType(Messages.text("editor.keepMine"), ButtonBar.ButtonData.YES);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.text("editor.changedBySomeoneElse"));
        dialog.setHeaderText(Messages.text("editor.whichDoYouKeep"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().getButtonTypes().addAll(theirs, mine);
        dialog.getDialogPane().setContent(Views.load(form));
        dialog.getDialogPane().setId("teamConflictDialog");
        dialog.getDialogPane().lookupButton(theirs).setId("keepTheirsButton");
        dialog.getDialogPane().lookupButton(mine).setId("keepMineButton");
        Dialogs.themed(dialog.getDialogPane());
        return dialog.showAndWait().filter(mine::equals).isPresent();
    }

    @FXML
    private void initialize() {
        fieldLabel.setText(conflict.headline());
        theirsWho.setText(conflict.changedByLine());
        mineValue.setText(conflict.mineShown());
        theirsValue.setText(conflict.theirsShown());
    }
}
