package org.journeystudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.testing.FxWaits.waitUpTo;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.InLanguage;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioCommand;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.TestStudio;
import org.journeystudio.ui.session.EditorSession;
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
 * Scenarios in the editor at 1024×768: a to-be is copied from the as-is, its edits show as badges and a removed
 * count, the shortcut switches back to the as-is untouched, and every scenario step undoes like any edit; a delete
 * asks first, and the other scenario's curve can be drawn dashed and is remembered. In German the tabs name the
 * default scenarios in German while the map keeps the model's names.
 */
@UiTest
@ExtendWith({InLanguage.Switch.class, ApplicationExtension.class})
@Isolated // one method speaks German, a setting of the whole JVM
class ScenarioEditingTest {
    private final TestStudio studio = new TestStudio();
    private final JourneyMap map = SampleMaps.retailer();
    private StudioWindow window;

    @Start
    void start(Stage stage) {
        studio.library.create(map);
        stage.setWidth(1024);
        stage.setHeight(768);
        window = studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void aToBeShowsItsEditsAsBadgesTheShortcutGoesBackToTheAsIsAndUndoTakesItAllBack(FxRobot robot) {
        EditorSession session = open(robot);
        robot.clickOn("#newScenarioButton");
        TextInputControl name = robot.lookup("#" + ScenarioCommands.NAME_FIELD).queryAs(TextInputControl.class);
        assertThat(name.getText()).isEqualTo(Scenario.TO_BE);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tabs(robot)).extracting(Labeled::getText).containsExactly("As-is", "To-be");
        assertThat(tabs(robot)).extracting(ToggleButton::isSelected).containsExactly(false, true);
        assertThat(window.stage().getTitle()).startsWith("Online retailer — To-be");
        assertThat(changes(robot)).isEqualTo("0 new · 0 changed · 0 removed since As-is");
        assertThat(robot.lookup(".change-badge").tryQuery()).isEmpty();

        // Rename a card in place, delete another, add one: each as the user does it.
        String ad = copyOf(session, "Ad");
        robot.clickOn(card(robot, "Ad")).type(KeyCode.F2).write("Ad that fits").type(KeyCode.ENTER);
        robot.clickOn(card(robot, "Social post")).type(KeyCode.DELETE);
        robot.clickOn(card(robot, "Search box"));
        robot.clickOn("#addCardButton").write("Size advice chat").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.map().touchpoint(ad).orElseThrow().title()).isEqualTo("Ad that fits");
        assertThat(badge(robot, "Ad that fits")).isEqualTo("Changed");
        assertThat(badge(robot, "Size advice chat")).isEqualTo("New");
        assertThat(badge(robot, "Filters")).isEmpty();
        assertThat(changes(robot)).isEqualTo("1 new · 1 changed · 1 removed since As-is");

        // The compare view lists the same three edits, against the scenario the to-be was copied from.
        robot.clickOn("#menu-tools").clickOn(StudioCommand.COMPARE.text());
        waitUpTo(20, () -> compareTexts(robot).contains("Size advice chat"));
        assertThat(compareTexts(robot)).contains("Ad that fits", "Title: Ad → Ad that fits", "Social post",
                "ADDED", "REMOVED", "RENAMED");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .startsWith("1 added · 1 removed · 1 changed");
        robot.clickOn("#closeButton");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(card(robot, "Filters"));
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.map().scenarios().active().name()).isEqualTo("As-is");
        assertThat(session.map().touchpoints()).isEqualTo(map.touchpoints());
        assertThat(session.selection().isEmpty()).isTrue(); // the to-be's ids mean nothing here
        assertThat(tabs(robot)).extracting(ToggleButton::isSelected).containsExactly(true, false);
        assertThat(shownBadges(robot)).isZero();
        assertThat(card(robot, "Social post")).isNotNull();
        assertThat(robot.lookup("#scenarioChanges").queryAs(Label.class).isVisible()).isFalse();

        for (int i = 0; i < 10 && session.map().scenarios().list().size() > 1; i++) {
            robot.clickOn("#undoButton");
        }
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText())
                .isEqualTo("Undone: Add scenario 'To-be' from 'As-is'");
        assertThat(session.map().touchpoints()).isEqualTo(map.touchpoints());
        assertThat(session.map().scenarios()).isEqualTo(map.scenarios());
        assertThat(tabs(robot)).extracting(Labeled::getText).containsExactly("As-is");
        assertThat(window.stage().getTitle()).isEqualTo("Online retailer — Journey Studio");
    }

    @Test
    void deletingTheAsIsAsksFirstAndTheToBeKeepsItsCards(FxRobot robot) {
        EditorSession session = open(robot);
        robot.clickOn("#newScenarioButton").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<Touchpoint> toBeCards = session.map().touchpoints();

        robot.clickOn(tabs(robot).get(0)); // one click shows the as-is
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.map().scenarios().active().name()).isEqualTo("As-is");

        robot.clickOn("Edit").clickOn("Delete scenario…");
        Node dialog = robot.lookup("#confirmDialog").query();
        assertThat(robot.from(dialog).lookup(".content").queryAs(Label.class).getText())
                .contains("The scenario 'To-be' was copied from it: it keeps its touchpoints");
        robot.clickOn("Delete scenario");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tabs(robot)).extracting(Labeled::getText).containsExactly("To-be");
        // Its cards stay; their links went with the cards they pointed to, as it was copied from nothing else.
        assertThat(session.map().touchpoints()).extracting(Touchpoint::id)
                .containsExactlyElementsOf(toBeCards.stream().map(Touchpoint::id).toList());
        assertThat(session.map().touchpoints()).allSatisfy(t -> assertThat(t.origin()).isEmpty());
        assertThat(session.map().scenarios().active().derived()).isFalse();
    }

    @Test
    void theOtherScenariosCurveIsDrawnDashedOnRequestAndRemembered(FxRobot robot) {
        EditorSession session = open(robot);
        robot.clickOn("#newScenarioButton").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Path other = robot.lookup("#otherScenarioCurve").queryAs(Path.class);
        assertThat(other.getElements()).isEmpty();

        robot.clickOn("View").clickOn("Other scenario's emotion curve");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(other.getElements()).isNotEmpty();
        assertThat(studio.preferences.otherScenarioCurve()).isTrue();
        assertThat(other.getStrokeDashArray()).isNotEmpty();
        assertThat(session.map().scenarios().list()).hasSize(2);
    }

    @Test
    @InLanguage("de")
    void inGermanTheTabsNameTheDefaultScenariosInGermanAndTheMapKeepsTheirNames(FxRobot robot) {
        EditorSession session = open(robot);
        assertThat(tabs(robot)).extracting(Labeled::getText).containsExactly("Ist-Zustand");
        robot.clickOn("#newScenarioButton");
        TextInputControl name = robot.lookup("#" + ScenarioCommands.NAME_FIELD).queryAs(TextInputControl.class);
        assertThat(name.getText()).isEqualTo("Soll-Zustand");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tabs(robot)).extracting(Labeled::getText).containsExactly("Ist-Zustand", "Soll-Zustand");
        assertThat(session.map().scenarios().list()).extracting(Scenario::name).containsExactly("As-is", "To-be");
        assertThat(changes(robot)).isEqualTo("0 neu · 0 geändert · 0 entfernt seit Ist-Zustand");
        assertThat(window.stage().getTitle()).startsWith("Online retailer — Soll-Zustand");

        // A name typed over the offered one is kept as typed.
        robot.clickOn("#menu-edit").clickOn(StudioCommand.RENAME_SCENARIO.text());
        TextInputControl rename = robot.lookup("#" + ScenarioCommands.NAME_FIELD).queryAs(TextInputControl.class);
        assertThat(rename.getText()).isEqualTo("Soll-Zustand");
        robot.interact(rename::clear);
        robot.clickOn(rename).write("Wunsch").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs(robot)).extracting(Labeled::getText).containsExactly("Ist-Zustand", "Wunsch");
        assertThat(session.map().scenarios().active().name()).isEqualTo("Wunsch");
    }

    private EditorSession open(FxRobot robot) {
        Node cell = robot.lookup(".project-title").match((Labeled l) -> map.title().equals(l.getText())).query();
        robot.doubleClickOn(cell);
        waitUpTo(20, () -> robot.lookup("#journeyMap").tryQuery().isPresent()
                && robot.lookup("#scenarioTabs").tryQuery().isPresent());
        return window.editor().orElseThrow().session();
    }

    private static List<ToggleButton> tabs(FxRobot robot) {
        return robot.lookup("#scenarioTabs").queryAs(javafx.scene.layout.HBox.class).getChildren().stream()
                .map(ToggleButton.class::cast).toList();
    }

    private static String changes(FxRobot robot) {
        return robot.lookup("#scenarioChanges").queryAs(Label.class).getText();
    }

    /** The shown card titled {@code title} (cards name their touchpoint in their accessible text). */
    private static Node card(FxRobot robot, String title) {
        return robot.lookup(".touchpoint-card").match((Node n) -> n.isVisible() && n.getAccessibleText() != null
                && n.getAccessibleText().startsWith("Touchpoint " + title + ",")).query();
    }

    /** How many shown cards carry a scenario badge (cards kept hidden for reuse do not count). */
    private static long shownBadges(FxRobot robot) {
        return robot.lookup(".touchpoint-card").queryAll().stream()
                .filter(n -> n.isVisible() && !robot.from(n).lookup(".change-badge").queryAll().isEmpty()).count();
    }

    /** The word of the card's scenario badge, or empty when it has none. */
    private static String badge(FxRobot robot, String title) {
        Optional<Node> badge = robot.from(card(robot, title)).lookup(".change-text").tryQuery();
        return badge.map(n -> ((Text) n).getText()).orElse("");
    }

    private static String copyOf(EditorSession session, String title) {
        return session.map().touchpoints().stream().filter(t -> t.origin().equals(SampleMaps.cardId(title)))
                .findFirst().orElseThrow().id();
    }

    private static java.util.Set<String> compareTexts(FxRobot robot) {
        return robot.lookup(".compare-scroll").lookup((Node n) -> n instanceof javafx.scene.text.Text)
                .queryAllAs(javafx.scene.text.Text.class).stream().map(javafx.scene.text.Text::getText)
                .collect(java.util.stream.Collectors.toSet());
    }
}
