package org.journeystudio.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.journeystudio.i18n.Language;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The studio window's menu bar (File, Edit, View, Tools, Help), one item per {@link StudioCommand}. The window
 * gives the commands that always apply their actions once; the editor attaches its commands while it is shown
 * and {@link #releaseProject() releases} them when it closes, which switches them off again. On macOS the bar is
 * the system's.
 */
public final class StudioMenuBar {
    /** Items after which a separator goes, so related commands stay together. */
    private static final List<StudioCommand> GROUP_ENDS = List.of(StudioCommand.IMPORT, StudioCommand.PRINT,
            StudioCommand.VERSIONS,
            StudioCommand.CLOSE_PROJECT, StudioCommand.REDO, StudioCommand.SELECT_ALL, StudioCommand.ADD_STAGE,
            StudioCommand.SEGMENTS, StudioCommand.FIT, StudioCommand.GUIDED, StudioCommand.OTHER_SCENARIO_CURVE,
            StudioCommand.HEATMAP);
    private static final List<StudioCommand> CHECKS = List.of(StudioCommand.INSPECTOR,
            StudioCommand.SATISFACTION_COLOURS, StudioCommand.BLUEPRINT_VIEW, StudioCommand.GUIDED,
            StudioCommand.OTHER_SCENARIO_CURVE, StudioCommand.DARK_THEME, StudioCommand.HIGH_CONTRAST);

    private final MenuBar bar = new MenuBar();
    private final Map<StudioCommand, MenuItem> items = new EnumMap<>(StudioCommand.class);
    private final Map<StudioCommand.Menu, Menu> menus = new EnumMap<>(StudioCommand.Menu.class);
    private LanguageMenu languages;
    private final List<Runnable> onRelease = new ArrayList<>();

    public StudioMenuBar() {
        bar.setUseSystemMenuBar(true); // only macOS has one; elsewhere the bar stays in the window
        bar.setId("studioMenuBar");
        for (StudioCommand.Menu menu : StudioCommand.Menu.values()) {
            Menu shown = new Menu(menu.text());
            shown.setId("menu-" + menu.name().toLowerCase());
            menus.put(menu, shown);
            bar.getMenus().add(shown);
        }
        for (StudioCommand command : StudioCommand.values()) {
            MenuItem item = CHECKS.contains(command) ? new CheckMenuItem(command.text()) : new MenuItem(command.text());
            item.setId(itemId(command));
            item.setGraphic(new FontIcon(command.icon()));
            command.accelerator().ifPresent(item::setAccelerator);
            item.setDisable(true);
            items.put(command, item);
            List<MenuItem> into = menus.get(command.menu()).getItems();
            into.add(item);
            if (GROUP_ENDS.contains(command)) {
                into.add(new SeparatorMenuItem());
            }
        }
    }

    /** Adds View ▸ Language after the theme; {@code onChoice} hears the language chosen (empty: the system's). */
    public void addLanguages(Optional<Language> chosen, Consumer<Optional<Language>> onChoice) {
        languages = new LanguageMenu(chosen, onChoice);
        List<MenuItem> view = menus.get(StudioCommand.Menu.VIEW).getItems();
        view.add(view.indexOf(items.get(StudioCommand.DARK_THEME)) + 1, languages.view());
    }

    /**
     * Names the menus and the commands that always apply in the language now in use. The project's commands
     * take theirs when released (the editor may have named Undo after its last step meanwhile).
     */
    public void relabel() {
        menus.forEach((menu, shown) -> shown.setText(menu.text()));
        items.forEach((command, item) -> {
            if (command.scope() == StudioCommand.Scope.ALWAYS) {
                item.setText(command.text());
            }
        });
        if (languages != null) {
            languages.relabel();
        }
    }

    /** The id of a command's item: {@code menu-undo}, {@code menu-close-project}. */
    public static String itemId(StudioCommand command) {
        return "menu-" + command.name().toLowerCase().replace('_', '-');
    }

    public MenuBar view() {
        return bar;
    }

    public MenuItem item(StudioCommand command) {
        return items.get(command);
    }

    /** The item of a command that is switched on and off (Inspector, Satisfaction colours, Guided exercise, Dark theme). */
    public CheckMenuItem check(StudioCommand command) {
        return (CheckMenuItem) items.get(command);
    }

    /** Runs {@code action} when the command is chosen, and enables it. */
    public void attach(StudioCommand command, Runnable action) {
        MenuItem item = items.get(command);
        item.setOnAction(e -> action.run());
        item.setDisable(false);
    }

    /** Keeps a check item and {@code selected} in step until the project's commands are released. */
    public void attachCheck(StudioCommand command, BooleanProperty selected) {
        BooleanProperty shown = check(command).selectedProperty();
        shown.bindBidirectional(selected);
        check(command).setDisable(false);
        whenReleased(() -> shown.unbindBidirectional(selected));
    }

    /** Runs {@code undo} when the project's commands are released (to unbind what was bound to them). */
    public void whenReleased(Runnable undo) {
        onRelease.add(undo);
    }

    /** Switches every project command off (the editor closed): no action, disabled, its plain name back. */
    public void releaseProject() {
        onRelease.forEach(Runnable::run);
        onRelease.clear();
        for (StudioCommand command : StudioCommand.values()) {
            if (command.scope() == StudioCommand.Scope.PROJECT) {
                MenuItem item = items.get(command);
                item.disableProperty().unbind();
                item.setDisable(true);
                item.setOnAction(null);
                item.setText(command.text());
                if (item instanceof CheckMenuItem check) {
                    check.setSelected(false);
                }
            }
        }
    }
}
