package org.journeystudio.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;

/**
 * View ▸ Language: the system's language or one the studio speaks, each named in itself (a user who cannot read
 * the current language still finds their own). An empty choice follows the system.
 */
final class LanguageMenu {
    private final Menu menu = new Menu();
    private final RadioMenuItem system = new RadioMenuItem();

    LanguageMenu(Optional<Language> chosen, Consumer<Optional<Language>> onChoice) {
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        system.setId("menu-language-system");
        system.setToggleGroup(group);
        // --lang may speak another language than the stored choice for this run: the menu shows the one in use.
        Language inUse = Messages.language();
        system.setSelected(chosen.isEmpty() && inUse == Language.ofSystem());
        system.setOnAction(e -> onChoice.accept(Optional.empty()));
        menu.getItems().addAll(system, new SeparatorMenuItem());
        for (Language language : Language.offered()) {
            RadioMenuItem item = new RadioMenuItem(language.nativeName());
            item.setId("menu-language-" + language.tag());
            item.setToggleGroup(group);
            item.setSelected(!system.isSelected() && inUse == language);
            item.setOnAction(e -> onChoice.accept(Optional.of(language)));
            menu.getItems().add(item);
        }
        relabel();
    }

    Menu view() {
        return menu;
    }

    /** Names the menu and the system's entry in the language now in use. */
    void relabel() {
        menu.setText(Messages.text("studio.language"));
        system.setText(Messages.text("studio.languageSystem", Language.ofSystem().nativeName()));
    }

    /** Says that an open map keeps its words until it is opened again (its views are built once). */
    static void noteOpenMap(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.text("studio.languageNextTime"), ButtonType.OK);
        Dialogs.prepare(alert, owner, Messages.text("studio.languageChanged"));
        alert.getDialogPane().setId("languageNote");
        alert.show();
    }
}
