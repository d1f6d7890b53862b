package org.journeystudio.ui.editor;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import org.journeystudio.editing.ScenarioBadges;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.ScenarioNames;
import org.journeystudio.model.Scenarios;
import org.journeystudio.ui.StudioCommand;
import org.journeystudio.ui.session.EditorSession;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The map's scenarios as tabs under the map, like a workbook's sheets: one click shows a scenario, a double
 * click renames it, its context menu renames, moves, copies or deletes it; "+" copies the shown one. Beside them,
 * what the shown scenario changed against the one it was copied from ("2 new · 1 changed · 3 removed since
 * As-is"). The tabs are rebuilt only when the scenarios or the shown one change, not on every edit.
 */
final class ScenarioTabs {
    private static final String TAB = "scenario-tab";
    private static final String CHANGES = "scenario-changes";

    private final HBox tabs = new HBox();
    private final Label changes = new Label();
    private final EditorSession session;
    private final ScenarioCommands commands;
    private Scenarios shown;

    /** Fills {@code bar} with the tabs, the "+" button and the changes of the shown scenario. */
    ScenarioTabs(HBox bar, EditorSession session, ScenarioCommands commands,
                 ObservableValue<ScenarioBadges> badges) {
        this.session = session;
        this.commands = commands;
        tabs.getStyleClass().add("scenario-tabs");
        tabs.setId("scenarioTabs");
        Button add = new Button(null, new FontIcon(Feather.PLUS));
        add.getStyleClass().addAll("flat", "button-icon", "scenario-add");
        add.setId("newScenarioButton");
        add.setAccessibleText(Messages.text("editor.newScenarioFromShown"));
        add.setTooltip(new Tooltip(Messages.text("editor.newScenarioTooltip")));
        add.setFocusTraversable(false);
        add.setOnAction(e -> commands.newFrom(session.map().scenarios().activeId()));
        changes.getStyleClass().add(CHANGES);
        changes.setId("scenarioChanges");
        changes.setMinWidth(0);
        bar.getChildren().setAll(tabs, add, changes);
        session.mapProperty().addListener((obs, old, map) -> show(map));
        badges.addListener((obs, old, now) -> showChanges(now));
        show(session.map());
        showChanges(badges.getValue());
    }

    private void show(JourneyMap map) {
        Scenarios now = map.scenarios();
        if (now.list().equals(shown == null ? null : shown.list()) && now.activeId().equals(shown.activeId())) {
            return;
        }
        shown = now;
        List<ToggleButton> buttons = now.list().stream().map(s -> tab(s, s.id().equals(now.activeId()))).toList();
        tabs.getChildren().setAll(buttons);
    }

    private ToggleButton tab(Scenario scenario, boolean active) {
        ToggleButton tab = new ToggleButton(ScenarioNames.shown(scenario));
        tab.getStyleClass().add(TAB);
        tab.setId("scenario-" + scenario.id());
        tab.setSelected(active);
        tab.setFocusTraversable(false);
        tab.setMnemonicParsing(false);
        tab.setTooltip(new Tooltip(active ? Messages.text("editor.scenarioShown")
                : StudioCommand.NEXT_SCENARIO.withShortcut(Messages.text("editor.showScenario",
                        ScenarioNames.shown(scenario)))));
        tab.setOnAction(e -> {
            commands.show(scenario.id());
            // Pressed while its scenario is shown: a click on the shown tab, or a refused switch, leaves it so.
            tab.setSelected(scenario.id().equals(session.map().scenarios().activeId()));
        });
        tab.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                commands.rename(scenario.id());
            }
        });
        tab.setContextMenu(menu(scenario));
        return tab;
    }

    private ContextMenu menu(Scenario scenario) {
        List<Scenario> list = shown.list();
        int at = list.indexOf(scenario);
        MenuItem rename = item(Messages.text("editor.renameMenu"), Feather.EDIT_3, () -> commands.rename(scenario.id()));
        MenuItem copy = item(Messages.text("editor.newScenarioFromMenu",
                ScenarioNames.shown(scenario)), Feather.GIT_BRANCH,
                () -> commands.newFrom(scenario.id()));
        MenuItem left = item(Messages.text("editor.moveLeft"), Feather.CHEVRON_LEFT, () -> commands.move(scenario.id(), -1));
        left.setDisable(at == 0);
        MenuItem right = item(Messages.text("editor.moveRight"), Feather.CHEVRON_RIGHT, () -> commands.move(scenario.id(), 1));
        right.setDisable(at == list.size() - 1);
        MenuItem delete = item(Messages.text("editor.deleteMenu"), Feather.TRASH, () -> commands.delete(scenario.id()));
        delete.setDisable(list.size() < 2);
        return new ContextMenu(rename, copy, new SeparatorMenuItem(), left, right, new SeparatorMenuItem(), delete);
    }

    private static MenuItem item(String text, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void showChanges(ScenarioBadges badges) {
        boolean compared = badges != null && badges.compared();
        changes.setText(compared ? badges.summary() : "");
        changes.setVisible(compared);
        changes.setManaged(compared);
        changes.setTooltip(compared ? new Tooltip(Messages.text("editor.scenarioChanges", badges.basisName())) : null);
    }
}
