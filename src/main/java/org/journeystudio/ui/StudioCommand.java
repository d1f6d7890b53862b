package org.journeystudio.ui;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;

/**
 * Everything the studio's menu bar offers, each with its name, icon and shortcut defined once: the menu items,
 * the toolbar's tooltips and the keyboard-shortcut list all read them from here. {@link Scope} says when a
 * command applies, so the menu bar can switch the editor's commands off on the home screen.
 */
public enum StudioCommand {
    NEW_PROJECT(Menu.FILE, Scope.ALWAYS, "New project…", Feather.PLUS, shortcut(KeyCode.N)),
    OPEN_PROJECT(Menu.FILE, Scope.ALWAYS, "Open…", Feather.FOLDER, shortcut(KeyCode.O)),
    IMPORT(Menu.FILE, Scope.ALWAYS, "Import…", Feather.DOWNLOAD, shortcut(KeyCode.I)),
    EXPORT(Menu.FILE, Scope.PROJECT, "Export…", Feather.UPLOAD, shortcut(KeyCode.E)),
    PRINT(Menu.FILE, Scope.PROJECT, "Print…", Feather.PRINTER, shortcut(KeyCode.P)),
    SAVE_VERSION(Menu.FILE, Scope.PROJECT, "Save version…", Feather.BOOKMARK, altShortcut(KeyCode.S)),
    VERSIONS(Menu.FILE, Scope.PROJECT, "Versions…", Feather.CLOCK, altShortcut(KeyCode.V)),
    CLOSE_PROJECT(Menu.FILE, Scope.PROJECT, "Close project", Feather.X, shortcut(KeyCode.W)),
    QUIT(Menu.FILE, Scope.ALWAYS, "Quit", Feather.POWER, shortcut(KeyCode.Q)),

    UNDO(Menu.EDIT, Scope.PROJECT, "Undo", Feather.CORNER_UP_LEFT, shortcut(KeyCode.Z)),
    REDO(Menu.EDIT, Scope.PROJECT, "Redo", Feather.CORNER_UP_RIGHT, shiftShortcut(KeyCode.Z)),
    CUT(Menu.EDIT, Scope.PROJECT, "Cut", Feather.SCISSORS, shortcut(KeyCode.X)),
    COPY(Menu.EDIT, Scope.PROJECT, "Copy", Feather.COPY, shortcut(KeyCode.C)),
    PASTE(Menu.EDIT, Scope.PROJECT, "Paste", Feather.CLIPBOARD, shortcut(KeyCode.V)),
    DUPLICATE(Menu.EDIT, Scope.PROJECT, "Duplicate", Feather.LAYERS, shortcut(KeyCode.D)),
    DELETE(Menu.EDIT, Scope.PROJECT, "Delete", Feather.TRASH_2, new KeyCodeCombination(KeyCode.DELETE)),
    SELECT_ALL(Menu.EDIT, Scope.PROJECT, "Select all touchpoints", Feather.CHECK_SQUARE, shortcut(KeyCode.A)),
    ADD_TOUCHPOINT(Menu.EDIT, Scope.PROJECT, "Add touchpoint", Feather.PLUS_SQUARE, shortcut(KeyCode.ENTER)),
    ADD_STAGE(Menu.EDIT, Scope.PROJECT, "Add stage", Feather.COLUMNS, shiftShortcut(KeyCode.ENTER)),
    SEGMENTS(Menu.EDIT, Scope.PROJECT, "Segments & personas…", Feather.USER, shiftShortcut(KeyCode.P)),
    NEW_SCENARIO(Menu.EDIT, Scope.PROJECT, "New scenario from current…", Feather.GIT_BRANCH, null),
    RENAME_SCENARIO(Menu.EDIT, Scope.PROJECT, "Rename scenario…", Feather.EDIT_3, null),
    MOVE_SCENARIO_LEFT(Menu.EDIT, Scope.PROJECT, "Move scenario left", Feather.CHEVRON_LEFT, null),
    MOVE_SCENARIO_RIGHT(Menu.EDIT, Scope.PROJECT, "Move scenario right", Feather.CHEVRON_RIGHT, null),
    DELETE_SCENARIO(Menu.EDIT, Scope.PROJECT, "Delete scenario…", Feather.TRASH, null),

    ZOOM_IN(Menu.VIEW, Scope.PROJECT, "Zoom in", Feather.ZOOM_IN, shortcut(KeyCode.EQUALS)),
    ZOOM_OUT(Menu.VIEW, Scope.PROJECT, "Zoom out", Feather.ZOOM_OUT, shortcut(KeyCode.MINUS)),
    ACTUAL_SIZE(Menu.VIEW, Scope.PROJECT, "Actual size", Feather.SQUARE, shortcut(KeyCode.DIGIT1)),
    FIT(Menu.VIEW, Scope.PROJECT, "Fit the map in the window", Feather.MAXIMIZE, shortcut(KeyCode.DIGIT0)),
    BACKLOG(Menu.VIEW, Scope.PROJECT, "Backlog…", Feather.LIST, altShortcut(KeyCode.B)),
    MATRIX(Menu.VIEW, Scope.PROJECT, "Value–effort matrix…", Feather.CROSSHAIR, altShortcut(KeyCode.M)),
    INSPECTOR(Menu.VIEW, Scope.PROJECT, "Inspector", Feather.SIDEBAR, shiftShortcut(KeyCode.I)),
    SATISFACTION_COLOURS(Menu.VIEW, Scope.PROJECT, "Satisfaction colours", Feather.DROPLET,
            shiftShortcut(KeyCode.H)),
    BLUEPRINT_VIEW(Menu.VIEW, Scope.PROJECT, "Service blueprint view", Feather.LAYOUT, shiftShortcut(KeyCode.B)),
    GUIDED(Menu.VIEW, Scope.PROJECT, "Guided exercise", Feather.CHECK_SQUARE, null),
    NEXT_SCENARIO(Menu.VIEW, Scope.PROJECT, "Next scenario", Feather.ARROW_RIGHT, shortcut(KeyCode.PAGE_DOWN)),
    PREVIOUS_SCENARIO(Menu.VIEW, Scope.PROJECT, "Previous scenario", Feather.ARROW_LEFT, shortcut(KeyCode.PAGE_UP)),
    OTHER_SCENARIO_CURVE(Menu.VIEW, Scope.PROJECT, "Other scenario's emotion curve", Feather.TRENDING_UP, null),
    DARK_THEME(Menu.VIEW, Scope.ALWAYS, "Dark theme", Feather.MOON, null),
    HIGH_CONTRAST(Menu.VIEW, Scope.ALWAYS, "High contrast", Feather.EYE, null),

    HEATMAP(Menu.TOOLS, Scope.PROJECT, "Heatmap…", Feather.GRID, shiftShortcut(KeyCode.M)),
    COMPARE(Menu.TOOLS, Scope.PROJECT, "Compare…", Feather.GIT_PULL_REQUEST, null),
    WORKSHOP(Menu.TOOLS, Scope.PROJECT, "Workshop…", Feather.USERS, shiftShortcut(KeyCode.W)),
    PRESENT(Menu.TOOLS, Scope.PROJECT, "Present", Feather.MONITOR, new KeyCodeCombination(KeyCode.F5)),

    SHORTCUTS(Menu.HELP, Scope.ALWAYS, "Keyboard shortcuts", Feather.COMMAND, new KeyCodeCombination(KeyCode.F1)),
    ABOUT(Menu.HELP, Scope.ALWAYS, "About Journey Studio", Feather.INFO, null);

    /** The menus of the bar, in their order. */
    public enum Menu {
        FILE("_File"), EDIT("_Edit"), VIEW("_View"), TOOLS("_Tools"), HELP("_Help");

        private final String text;

        Menu(String text) {
            this.text = text;
        }

        /** The title with its mnemonic marked ({@code _File}). */
        public String text() {
            return text;
        }
    }

    /** When a command applies: always, or only while a project is open in the editor. */
    public enum Scope { ALWAYS, PROJECT }

    private final Menu menu;
    private final Scope scope;
    private final String text;
    private final Feather icon;
    private final KeyCombination accelerator;

    StudioCommand(Menu menu, Scope scope, String text, Feather icon, KeyCombination accelerator) {
        this.menu = menu;
        this.scope = scope;
        this.text = text;
        this.icon = icon;
        this.accelerator = accelerator;
    }

    public Menu menu() {
        return menu;
    }

    public Scope scope() {
        return scope;
    }

    public String text() {
        return text;
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
        return accelerator == null ? what : what + " (" + shortcutText() + ")";
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
