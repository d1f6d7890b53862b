package org.journeystudio.ui.editor;

import java.util.Map;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import org.journeystudio.ui.StudioCommand;

/**
 * Names each toolbar control's shortcut in its tooltip ("Fit the map in the window (Ctrl+0)"), written as this
 * platform writes it and taken from the command the menu bar runs, so the two never disagree.
 */
final class EditorTooltips {
    private EditorTooltips() {
    }

    static void nameShortcuts(Map<? extends ButtonBase, StudioCommand> commands) {
        commands.forEach((control, command) -> {
            Tooltip tooltip = control.getTooltip();
            if (tooltip == null) {
                control.setTooltip(new Tooltip(command.withShortcut(command.text())));
            } else {
                tooltip.setText(command.withShortcut(tooltip.getText()));
            }
        });
    }
}
