package org.journeystudio.ui;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.journeystudio.i18n.Messages;
import org.kordamp.ikonli.feather.Feather;

/**
 * Everything the studio's menu bar offers, each with its name, icon and shortcut defined once: the menu items,
 * the toolbar's tooltips and the keyboard-shortcut list all read them from here. {@link Scope} says when a
 * command applies, so the menu bar can switch the editor's commands off on the home screen.
 */
public enum StudioCommand {
    NEW_PROJECT(Menu.FILE, Scope.ALWAYS, "studio.newProject", Feather.PLUS, shortcut(KeyCode.N)),
    OPEN_PROJECT(Menu.FILE, Scope.ALWAYS, "studio.openProject", Feather.FOLDER, shortcut(KeyCode.O)),
    IMPORT(Menu.FILE, Scope.ALWAYS, "studio.import", Feather.DOWNLOAD, shortcut(KeyCode.I)),
    EXPORT(Menu.FILE, Scope.PROJECT, "studio.export", Feather.UPLOAD, shortcut(KeyCode.E)),
    PRINT(Menu.FILE, Scope.PROJECT, "studio.print", Feather.PRINTER, shortcut(KeyCode.P)),
    SAVE_VERSION(Menu.FILE, Scope.PROJECT, "studio.saveVersion", Feather.BOOKMARK, altShortcut(KeyCode.S)),
    VERSIONS(Menu.FILE, Scope.PROJECT, "studio.versions", Feather.CLOCK, altShortcut(KeyCode.V)),
    CLOSE_PROJECT(Menu.FILE, Scope.PROJECT, "studio.closeProject", Feather.X, shortcut(KeyCode.W)),
    QUIT(Menu.FILE, Scope.ALWAYS, "studio.quit", Feather.POWER, shortcut(KeyCode.Q)),

    UNDO(Menu.EDIT, Scope.PROJECT, "studio.undo", Feather.CORNER_UP_LEFT, shortcut(KeyCode.Z)),
    REDO(Menu.EDIT, Scope.PROJECT, "studio.redo", Feather.CORNER_UP_RIGHT, shiftShortcut(KeyCode.Z)),
    CUT(Menu.EDIT, Scope.PROJECT, "studio.cut", Feather.SCISSORS, shortcut(KeyCode.X)),
    COPY(Menu.EDIT, Scope.PROJECT, "studio.copy", Feather.COPY, shortcut(KeyCode.C)),
    PASTE(Menu.EDIT, Scope.PROJECT, "studio.paste", Feather.CLIPBOARD, shortcut(KeyCode.V)),
    DUPLICATE(Menu.EDIT, Scope.PROJECT, "studio.duplicate", Feather.LAYERS, shortcut(KeyCode.D)),
    DELETE(Menu.EDIT, Scope.PROJECT, "studio.delete", Feather.TRASH_2, new KeyCodeCombination(KeyCode.DELETE)),
    SELECT_ALL(Menu.EDIT, Scope.PROJECT, "studio.selectAll", Feather.CHECK_SQUARE, shortcut(KeyCode.A)),
    ADD_TOUCHPOINT(Menu.EDIT, Scope.PROJECT, "studio.addTouchpoint", Feather.PLUS_SQUARE, shortcut(KeyCode.ENTER)),
    ADD_STAGE(Menu.EDIT, Scope.PROJECT, "studio.addStage", Feather.COLUMNS, shiftShortcut(KeyCode.ENTER)),
    SEGMENTS(Menu.EDIT, Scope.PROJECT, "studio.segments", Feather.USER, shiftShortcut(KeyCode.P)),
    NEW_SCENARIO(Menu.EDIT, Scope.PROJECT, "studio.newScenario", Feather.GIT_BRANCH, null),
    RENAME_SCENARIO(Menu.EDIT, Scope.PROJECT, "studio.renameScenario", Feather.EDIT_3, null),
    MOVE_SCENARIO_LEFT(Menu.EDIT, Scope.PROJECT, "studio.moveScenarioLeft", Feather.CHEVRON_LEFT, null),
    MOVE_SCENARIO_RIGHT(Menu.EDIT, Scope.PROJECT, "studio.moveScenarioRight", Feather.CHEVRON_RIGHT, null),
    DELETE_SCENARIO(Menu.EDIT, Scope.PROJECT, "studio.deleteScenario", Feather.TRASH, null),

    ZOOM_IN(Menu.VIEW, Scope.PROJECT, "studio.zoomIn", Feather.ZOOM_IN, shortcut(KeyCode.EQUALS)),
    ZOOM_OUT(Menu.VIEW, Scope.PROJECT, "studio.zoomOut", Feather.ZOOM_OUT, shortcut(KeyCode.MINUS)),
    ACTUAL_SIZE(Menu.VIEW, Scope.PROJECT, "studio.actualSize", Feather.SQUARE, shortcut(KeyCode.DIGIT1)),
    FIT(Menu.VIEW, Scope.PROJECT, "studio.fit", Feather.MAXIMIZE, shortcut(KeyCode.DIGIT0)),
    BACKLOG(Menu.VIEW, Scope.PROJECT, "studio.backlog", Feather.LIST, altShortcut(KeyCode.B)),
    OUTLINE(Menu.VIEW, Scope.PROJECT, "studio.outline", Feather.ALIGN_LEFT, altShortcut(KeyCode.O)),
    MATRIX(Menu.VIEW, Scope.PROJECT, "studio.matrix", Feather.CROSSHAIR, altShortcut(KeyCode.M)),
    /** The personas, pain points and opportunities of every project; also on the home screen. */
    LIBRARY(Menu.VIEW, Scope.ALWAYS, "studio.library", Feather.BOOK_OPEN, altShortcut(KeyCode.L)),
    INSPECTOR(Menu.VIEW, Scope.PROJECT, "studio.inspector", Feather.SIDEBAR, shiftShortcut(KeyCode.I)),
    SATISFACTION_COLOURS(Menu.VIEW, Scope.PROJECT, "studio.satisfactionColours", Feather.DROPLET,
            shiftShortcut(KeyCode.H)),
    BLUEPRINT_VIEW(Menu.VIEW, Scope.PROJECT, "studio.blueprintView", Feather.LAYOUT, shiftShortcut(KeyCode.B)),
    GUIDED(Menu.VIEW, Scope.PROJECT, "studio.guided", Feather.CHECK_SQUARE, null),
    NEXT_SCENARIO(Menu.VIEW, Scope.PROJECT, "studio.nextScenario", Feather.ARROW_RIGHT, shortcut(KeyCode.PAGE_DOWN)),
    PREVIOUS_SCENARIO(Menu.VIEW, Scope.PROJECT, "studio.previousScenario", Feather.ARROW_LEFT, shortcut(KeyCode.PAGE_UP)),
    OTHER_SCENARIO_CURVE(Menu.VIEW, Scope.PROJECT, "studio.otherScenarioCurve", Feather.TRENDING_UP, null),
    DARK_THEME(Menu.VIEW, Scope.ALWAYS, "studio.darkTheme", Feather.MOON, null),
    HIGH_CONTRAST(Menu.VIEW, Scope.ALWAYS, "studio.highContrast", Feather.SUN, null),

    HEATMAP(Menu.TOOLS, Scope.PROJECT, "studio.heatmap", Feather.GRID, shiftShortcut(KeyCode.M)),
    COMPARE(Menu.TOOLS, Scope.PROJECT, "studio.compare", Feather.GIT_PULL_REQUEST, null),
    WORKSHOP(Menu.TOOLS, Scope.PROJECT, "studio.workshop", Feather.USERS, shiftShortcut(KeyCode.W)),
    PRESENT(Menu.TOOLS, Scope.PROJECT, "studio.present", Feather.MONITOR, new KeyCodeCombination(KeyCode.F5)),

    SHORTCUTS(Menu.HELP, Scope.ALWAYS, "studio.shortcuts", Feather.COMMAND, new KeyCodeCombination(KeyCode.F1)),
    ABOUT(Menu.HELP, Scope.ALWAYS, "studio.about", Feather.INFO, null);

    /** The menus of the bar, in their order. */
    public enum Menu {
        FILE("studio.menuFile"), EDIT("studio.menuEdit"), VIEW("studio.menuView"), TOOLS("studio.menuTools"),
        HELP("studio.menuHelp");

        private final String key;

        Menu(String key) {
            this.key = key;
        }

        /** The title with its mnemonic marked ({@code _File}), in the language in use. */
        public String text() {
            return Messages.text(key);
        }
    }

    /** When a command applies: always, or only while a project is open in the editor. */
    public enum Scope { ALWAYS, PROJECT }

    private final Menu menu;
    private final Scope scope;
    private final String key;
    private final Feather icon;
    private final KeyCombination accelerator;

    StudioCommand(Menu menu, Scope scope, String key, Feather icon, KeyCombination accelerator) {
        this.menu = menu;
        this.scope = scope;
        this.key = key;
        this.icon = icon;
        this.accelerator = accelerator;
    }

    public Menu menu() {
        return menu;
    }

    public Scope scope() {
        return scope;
    }

    /** The command's name in the language in use. */
    public String text() {
        return Messages.text(key);
    }

    public Feather icon() {
        return icon;
    }

    public Optional<KeyCombination> accelerator() {
        return Optional.ofNullable(accelerator);
    }

    /** The shortcut as this platform writes it ("Ctrl+Z", "⌘Z"), or empty. */
    public String shortcutText() {
        return accelerator == null ? "" : accelerator.getDisplayText();
    }

    /** {@code what} followed by the shortcut in brackets, for a tooltip: "Undo (Ctrl+Z)". */
    public String withShortcut(String what) {
        return accelerator == null ? what : Messages.text("studio.withShortcut", what, shortcutText());
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination altShortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
    }

    private static KeyCombination shiftShortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
