package org.journeystudio.ui.library;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.journeystudio.i18n.Messages;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.usecase.SharedLibrary.Entry;

/** The questions the library's shared items ask: which text a merge keeps, and where a deletion applies. */
public final class LibraryDialogs {
    /** Where a shared item is deleted. */
    public enum Where { HERE, EVERYWHERE }

    private LibraryDialogs() {
    }

    /** Which of the duplicates keeps its text (and every other field); empty when the user cancelled. */
    static Optional<Entry> chooseWinner(Window owner, List<Entry> duplicates) {
        ChoiceDialog<Entry> dialog = new ChoiceDialog<>(duplicates.get(0), duplicates);
        dialog.initOwner(owner);
        dialog.setTitle("Journey Studio");
        dialog.setHeaderText(Messages.text("library.mergeQuestion", duplicates.size()));
        dialog.setContentText(Messages.text("library.mergeKeep"));
        dialog.getDialogPane().setId("mergeDialog");
        StringConverter<Entry> label = new StringConverter<>() {
            @Override public String toString(Entry entry) {
                return entry == null ? "" : Messages.text("library.entryIn", entry.text(),
                        String.join(", ", entry.projects()));
            }

            @Override public Entry fromString(String text) {
                return null;
            }
        };
        dialog.getDialogPane().lookupAll(".combo-box").forEach(box -> {
            if (box instanceof javafx.scene.control.ComboBox<?> combo) {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<Entry> entries = (javafx.scene.control.ComboBox<Entry>) combo;
                entries.setConverter(label);
            }
        });
        return dialog.showAndWait();
    }

    /** True when the user confirmed removing the item from every journey listed. */
    static boolean confirmRemoveEverywhere(Window owner, String text, List<String> projects) {
        return Dialogs.confirm(owner, Messages.text("library.removeEverywhereQuestion", text),
                Messages.text("library.removeEverywhereDetail", projects.size(), String.join(", ", projects)),
                Messages.text("library.removeEverywhere"));
    }

    /**
     * Asks where a shared item deleted in this journey goes: only here (undoable like any deletion) or from every
     * journey that uses it ({@code projects}, which undo does not bring back). Empty when the user cancelled.
     */
    public static Optional<Where> askWhere(Window owner, String text, List<String> projects) {
        ButtonType here = new ButtonType(Messages.text("library.deleteHere"), ButtonBar.ButtonData.OK_DONE);
        ButtonType everywhere = new ButtonType(Messages.text("library.deleteEverywhere"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.text("library.deleteWhereDetail",
                projects.size(), String.join(", ", projects)), here, everywhere, ButtonType.CANCEL);
        Dialogs.prepare(alert, owner, Messages.text("library.deleteWhereQuestion", text));
        alert.getDialogPane().setId("deleteSharedDialog");
        alert.getDialogPane().lookupButton(here).setId("deleteHere");
        alert.getDialogPane().lookupButton(everywhere).setId("deleteEverywhere");
        alert.getDialogPane().setMaxWidth(560);
        return alert.showAndWait().filter(b -> b != ButtonType.CANCEL)
                .map(b -> b == everywhere ? Where.EVERYWHERE : Where.HERE);
    }
}
