package org.journeystudio.ui.editor;

import java.util.Map;
import javafx.scene.control.ToggleButton;
import org.journeystudio.layout.MapView;
import org.journeystudio.ui.StudioCommand;
import org.journeystudio.ui.StudioMenuBar;
import org.journeystudio.ui.canvas.CanvasPanel;

/** The editor's switch between the map as ordered and the service blueprint view: a toolbar toggle and a View item. */
final class BlueprintToggle {
    private BlueprintToggle() {
    }

    static void attach(ToggleButton toggle, StudioMenuBar menus, CanvasPanel canvas) {
        toggle.setSelected(canvas.shownView() == MapView.BLUEPRINT);
        menus.attachCheck(StudioCommand.BLUEPRINT_VIEW, toggle.selectedProperty());
        toggle.selectedProperty().addListener((obs, was, on) ->
                canvas.showView(on ? MapView.BLUEPRINT : MapView.JOURNEY));
        EditorTooltips.nameShortcuts(Map.of(toggle, StudioCommand.BLUEPRINT_VIEW));
    }
}
