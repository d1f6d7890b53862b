package org.journeystudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.testing.FxWaits.waitFor;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioCommand;
import org.journeystudio.ui.StudioMenuBar;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.TestStudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The studio window's menu bar and the editor's toolbar: every command in its menu with its shortcut, the
 * editor's commands only while a project is open, a toolbar that fits small screens through its More menu, and
 * an inspector that can be hidden and stays hidden. Isolated: one method switches the JVM's language.
 */
@UiTest
@Isolated
@ExtendWith(ApplicationExtension.class)
class StudioMenuBarTest {
    /** What the fake library cannot do: it keeps no survey responses and no versions, so neither is offered. */
    private static final Set<StudioCommand> NOT_OFFERED = EnumSet.of(StudioCommand.HEATMAP,
            StudioCommand.SAVE_VERSION, StudioCommand.VERSIONS);
    /** Commands that also depend on the history, the selection, the clipboard or the map's scenarios. */
    private static final Set<StudioCommand> STATEFUL = EnumSet.of(StudioCommand.UNDO, StudioCommand.REDO,
            StudioCommand.CUT, StudioCommand.COPY, StudioCommand.PASTE, StudioCommand.DUPLICATE,
            StudioCommand.DELETE, StudioCommand.MOVE_SCENARIO_LEFT, StudioCommand.MOVE_SCENARIO_RIGHT,
            StudioCommand.DELETE_SCENARIO, StudioCommand.NEXT_SCENARIO, StudioCommand.PREVIOUS_SCENARIO);

    private final TestStudio studio = new TestStudio();
    private final JourneyMap map = SampleMaps.retailer();
    private Stage stage;
    private StudioWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        studio.library.create(map);
        window = studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void theMenuBarHasEveryMenuWithItsCommandsAndShortcuts() {
        StudioMenuBar menus = window.menus();
        assertThat(menus.view().getMenus()).extracting(m -> m.getText().replace("_", ""))
                .containsExactly("File", "Edit", "View", "Tools", "Help");
        assertThat(texts(menus.view().getMenus().get(0))).containsSubsequence("New project…", "Open…",
                "Import…", "Export…", "Print…", "Close project", "Quit");
        assertThat(texts(menus.view().getMenus().get(1))).containsSubsequence("Undo", "Redo", "Cut", "Copy",
                "Paste", "Duplicate", "Delete", "Select all touchpoints");
        assertThat(texts(menus.view().getMenus().get(2))).contains("Zoom in", "Zoom out",
                "Fit the map in the window", "Inspector", "Dark theme");
        assertThat(texts(menus.view().getMenus().get(3))).containsExactly("Heatmap…", "Compare…", "Workshop…", "Present");
        assertThat(texts(menus.view().getMenus().get(4))).contains("Keyboard shortcuts");

        assertThat(menus.item(StudioCommand.QUIT).getAccelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        assertThat(menus.item(StudioCommand.UNDO).getAccelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        assertThat(menus.item(StudioCommand.NEW_PROJECT).getAccelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        assertThat(menus.item(StudioCommand.FIT).getAccelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        assertThat(menus.item(StudioCommand.PRESENT).getAccelerator()).isEqualTo(new KeyCodeCombination(KeyCode.F5));
        assertThat(EnumSet.allOf(StudioCommand.class)).allSatisfy(command -> assertThat(stage.getScene()
                .getAccelerators().containsKey(command.accelerator().orElse(null)) || command.accelerator().isEmpty())
                .as("%s's shortcut is the window's", command).isTrue());
    }

    @Test
    void highContrastLaysItsLayerOverEveryOpenWindowAndIsRemembered(FxRobot robot) {
        StudioMenuBar menus = window.menus();
        assertThat(menus.check(StudioCommand.HIGH_CONTRAST).isSelected()).isFalse();
        assertThat(stage.getScene().getStylesheets()).noneMatch(s -> s.endsWith("high-contrast.css"));
        openTheMap(robot);
        robot.interact(() -> window.menus().item(StudioCommand.OUTLINE).fire()); // a second window, open already

        robot.interact(() -> toggle(menus.check(StudioCommand.HIGH_CONTRAST)));
        assertThat(studio.preferences.highContrast()).isTrue();
        List<javafx.scene.Scene> scenes = javafx.stage.Window.getWindows().stream()
                .map(javafx.stage.Window::getScene).filter(java.util.Objects::nonNull).toList();
        assertThat(scenes).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(scene -> assertThat(scene.getStylesheets()).last().asString().endsWith("high-contrast.css"));

        robot.interact(() -> toggle(menus.check(StudioCommand.HIGH_CONTRAST)));
        assertThat(studio.preferences.highContrast()).isFalse();
        assertThat(scenes).allSatisfy(scene -> assertThat(scene.getStylesheets())
                .noneMatch(s -> s.endsWith("high-contrast.css")));
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(javafx.stage.Window::hide));
    }

    @Test
    void theQuitShortcutClosesTheWindowAfterSavingTheOpenProject(FxRobot robot) {
        openTheMap(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> window.editor().orElseThrow().session().map().stages().size() == map.stages().size() + 1);

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);

        waitFor(() -> !stage.isShowing());
        assertThat(studio.library.load(map.id()).orElseThrow().stages()).hasSize(map.stages().size() + 1);
    }

    @Test
    void theEditorsCommandsAreOffOnTheHomeScreenAndOnInTheEditor(FxRobot robot) {
        StudioMenuBar menus = window.menus();
        for (StudioCommand command : StudioCommand.values()) {
            assertThat(menus.item(command).isDisable()).as("%s on the home screen", command)
                    .isEqualTo(command.scope() == StudioCommand.Scope.PROJECT);
        }

        openTheMap(robot);
        for (StudioCommand command : StudioCommand.values()) {
            if (!NOT_OFFERED.contains(command) && !STATEFUL.contains(command)) {
                assertThat(menus.item(command).isDisable()).as("%s in the editor", command).isFalse();
            }
        }
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        assertThat(window.editor().orElseThrow().session().selection().touchpointIds())
                .hasSize(map.touchpoints().size());
        assertThat(menus.item(StudioCommand.DELETE).isDisable()).isFalse();
        assertThat(menus.item(StudioCommand.COPY).isDisable()).isFalse();

        robot.interact(() -> menus.item(StudioCommand.CLOSE_PROJECT).fire());
        waitFor(() -> robot.lookup("#projectTable").tryQuery().isPresent());
        assertThat(EnumSet.allOf(StudioCommand.class)).filteredOn(c -> c.scope() == StudioCommand.Scope.PROJECT)
                .allSatisfy(command -> assertThat(menus.item(command).isDisable()).as("%s back home", command).isTrue());
    }

    @Test
    void onSmallScreensTheTitleAndFitStayAndNoButtonLeavesTheWindow(FxRobot robot) {
        openTheMap(robot);
        for (double[] size : new double[][] {{1024, 768}, {1280, 800}}) {
            resize(robot, size[0], size[1]);
            Label title = robot.lookup("#titleLabel").queryAs(Label.class);
            assertThat(title.getWidth()).as("the title's room at %s", size[0]).isGreaterThanOrEqualTo(title.prefWidth(-1));
            assertThat(inWindow(title)).isTrue();
            Pane toolbar = robot.lookup("#toolbar").queryAs(Pane.class);
            for (Node control : toolbar.getChildren()) {
                if (control.isVisible()) {
                    assertThat(inWindow(control)).as("%s at %s", control.getId(), size[0]).isTrue();
                }
            }
            assertThat(toolbar.getChildren()).as("Fit is in the toolbar at %s", size[0])
                    .contains(robot.lookup("#fitButton").query());
            assertThat(inWindow(robot.lookup("#fitButton").query())).isTrue();
        }
        // The toolbar's tooltips name the menu bar's shortcuts.
        assertThat(robot.lookup("#fitButton").queryAs(ButtonBase.class).getTooltip().getText())
                .endsWith("(" + StudioCommand.FIT.shortcutText() + ")");
        assertThat(robot.lookup("#inspectorToggle").queryAs(ButtonBase.class).getTooltip().getText())
                .endsWith("(" + StudioCommand.INSPECTOR.shortcutText() + ")");
        assertThat(robot.lookup("#undoButton").queryAs(ButtonBase.class).getTooltip().getText())
                .isEqualTo("Undo (" + StudioCommand.UNDO.shortcutText() + ")");
    }

    @Test
    void whatDoesNotFitIsInTheMoreMenuAndRunsFromThere(FxRobot robot) {
        openTheMap(robot);
        resize(robot, 1024, 768);
        MenuButton more = robot.lookup("#toolbarOverflow").queryAs(MenuButton.class);
        assertThat(more.isVisible()).isTrue();
        assertThat(robot.lookup("#addStageButton").tryQuery()).as("Stage moved into More").isEmpty();

        robot.clickOn(more);
        assertThat(more.getItems()).extracting(MenuItem::getText).contains("Lanes", "Stage");
        robot.clickOn("Stage");
        waitFor(() -> window.editor().orElseThrow().session().map().stages().size() == map.stages().size() + 1);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE); // leave the new stage's name

        // A menu button's items are a submenu: hide the first lane from there.
        robot.clickOn(more).clickOn("Lanes");
        Menu lanes = (Menu) item(more.getItems(), "Lanes");
        MenuItem visible = item(((Menu) lanes.getItems().get(0)).getItems(), "Visible");
        robot.interact(() -> {
            ((CheckMenuItem) visible).setSelected(false); // what a click on the tick does
            visible.fire();
            more.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editor().orElseThrow().session().map().lanes().get(0).visible()).isFalse();

        int shownAt1024 = robot.lookup("#toolbar").queryAs(Pane.class).getChildren().size();
        resize(robot, 1280, 800);
        assertThat(robot.lookup("#toolbar").queryAs(Pane.class).getChildren()).as("what fits again comes back")
                .hasSizeGreaterThan(shownAt1024);
    }

    @Test
    void theInspectorHidesAndShowsAndANewWindowRemembers(FxRobot robot) {
        openTheMap(robot);
        Node slot = robot.lookup(".inspector-slot").query();
        assertThat(slot.isVisible()).isTrue();

        robot.clickOn("#inspectorToggle");
        assertThat(slot.isVisible()).isFalse();
        assertThat(window.menus().check(StudioCommand.INSPECTOR).isSelected()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(slot.isVisible()).as("Ctrl+Shift+I shows it").isTrue();
        robot.interact(() -> window.menus().check(StudioCommand.INSPECTOR).setSelected(false)); // a click on it
        assertThat(slot.isVisible()).as("View ▸ Inspector hides it").isFalse();
        assertThat(studio.preferences.inspectorShown()).isFalse();

        Stage[] second = new Stage[1];
        robot.interact(() -> {
            second[0] = new Stage();
            new StudioWindow(second[0], studio.services(), studio.clock).show();
        });
        Parent root = second[0].getScene().getRoot();
        robot.doubleClickOn(robot.from(root).lookup(".project-title")
                .match((Labeled l) -> map.title().equals(l.getText())).queryAs(Node.class));
        waitFor(() -> robot.from(root).lookup(".inspector-slot").tryQuery().isPresent());
        assertThat(robot.from(root).lookup(".inspector-slot").query().isVisible()).isFalse();
        robot.interact(second[0]::hide);
    }

    @Test
    void choosingDeutschSpeaksGermanAtOnceOnTheHomeScreenAndIsRemembered(FxRobot robot) {
        Language before = Messages.language();
        Locale system = Locale.getDefault();
        Locale formats = Locale.getDefault(Locale.Category.FORMAT);
        try {
            robot.interact(() -> choose(languageItem("de")));
            assertThat(window.menus().view().getMenus()).extracting(m -> m.getText().replace("_", ""))
                    .containsExactly("Datei", "Bearbeiten", "Ansicht", "Extras", "Hilfe");
            assertThat(robot.lookup("#newButton").queryAs(Labeled.class).getText()).isEqualTo("Neues Projekt");
            assertThat(robot.lookup("#libraryLabel").queryAs(Labeled.class).getText()).startsWith("Bibliothek: ");
            assertThat(studio.preferences.language()).contains(Language.GERMAN);
            assertThat(languageItem("de").isSelected()).isTrue();
            // JavaFX names its own dialog buttons after the JVM's locale: the studio renames them.
            robot.interact(() -> window.menus().item(StudioCommand.SHORTCUTS).fire());
            waitFor(() -> robot.lookup("#shortcutList").tryQuery().isPresent());
            ButtonBase close = robot.lookup(".dialog-pane .button").queryAs(ButtonBase.class);
            assertThat(close.getText()).isEqualTo("Schließen");
            robot.interact(close::fire);
            // JavaFX's own words too, in a control made after the switch: a text field's context menu.
            // Monocle's right click makes no context-menu event: send the one a desktop makes.
            Node search = robot.lookup("#searchField").query();
            robot.interact(() -> {
                Bounds at = search.localToScreen(search.getBoundsInLocal());
                search.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5,
                        at.getMinX() + 5, at.getMinY() + 5, false, null));
            });
            waitFor(() -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent());
            assertThat(robot.lookup(".context-menu .menu-item .label").queryAllAs(Labeled.class))
                    .extracting(Labeled::getText).contains("Ausschneiden", "Kopieren", "Einfügen");
            assertThat(Locale.getDefault(Locale.Category.FORMAT)).as("machine formats keep the system's")
                    .isEqualTo(formats);
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

            robot.interact(() -> choose(languageItem("system")));
            assertThat(studio.preferences.language()).as("following the system again").isEmpty();
            assertThat(Locale.getDefault()).isEqualTo(system);
        } finally {
            Messages.use(before);
        }
    }

    /** What a click on a radio item does. */
    private static void choose(RadioMenuItem item) {
        item.setSelected(true);
        item.fire();
    }

    private RadioMenuItem languageItem(String tag) {
        Menu languages = (Menu) window.menus().view().getMenus().get(2).getItems().stream()
                .filter(i -> "menu-language".equals(i.getId())).findFirst().orElseThrow();
        return (RadioMenuItem) languages.getItems().stream().filter(i -> ("menu-language-" + tag).equals(i.getId()))
                .findFirst().orElseThrow();
    }

    /** What a click on a check item does: it toggles, then runs its action. */
    private static void toggle(javafx.scene.control.CheckMenuItem item) {
        item.setSelected(!item.isSelected());
        item.fire();
    }

    private void openTheMap(FxRobot robot) {
        Node cell = robot.lookup(".project-title").match((Labeled l) -> map.title().equals(l.getText())).query();
        robot.doubleClickOn(cell);
        waitFor(() -> window.editor().isPresent() && robot.lookup("#journeyMap").tryQuery().isPresent());
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean inWindow(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getMinX() >= 0 && bounds.getMaxX() <= stage.getScene().getWidth() + 0.5;
    }

    private static MenuItem item(List<MenuItem> items, String text) {
        return items.stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    private static List<String> texts(Menu menu) {
        return menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
    }
}
