package org.journeystudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.testing.FxWaits.waitUpTo;

import java.time.Instant;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.TestStudio;
import org.journeystudio.ui.session.EditorSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The service blueprint in the editor at 1024×768: the view switched on and off, a fail point set and undone. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class BlueprintViewTest {
    private final TestStudio studio = new TestStudio();
    private final JourneyMap map = new ResourceTemplateCatalog().instantiate("service-blueprint", "Hotel",
            Instant.parse("2026-11-23T00:00:00Z"));
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
    void theBlueprintViewOrdersTheLanesAndDrawsTheLinesWithoutChangingTheMap(FxRobot robot) {
        EditorSession session = open(robot);
        JourneyMap opened = session.map();
        List<String> before = laneTitlesTopToBottom(robot);
        assertThat(lineLabels(robot)).isEmpty();

        robot.clickOn("#blueprintToggle");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lineLabels(robot)).containsExactly("Line of interaction", "Line of visibility",
                "Line of internal interaction");
        assertThat(laneTitlesTopToBottom(robot)).containsSubsequence("Physical evidence", "Guest actions",
                "Frontstage: staff the guest meets", "Backstage: work out of sight", "Support processes and systems");
        assertThat(session.map()).isSameAs(opened);
        assertThat(session.document().canUndo()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#blueprintToggle").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(lineLabels(robot)).isEmpty();
        assertThat(laneTitlesTopToBottom(robot)).isEqualTo(before);
    }

    @Test
    void aFailPointSetInTheInspectorMarksTheCardAndUndoTakesItBack(FxRobot robot) {
        EditorSession session = open(robot);
        String survey = map.touchpoints().stream().filter(t -> t.title().equals("Answer the satisfaction survey"))
                .findFirst().orElseThrow().id();
        robot.interact(() -> session.selection().selectTouchpoints(List.of(survey)));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox fail = robot.lookup("#failPointCheck").queryAs(CheckBox.class);
        robot.interact(() -> robot.lookup("#blueprintPane").queryAs(javafx.scene.control.TitledPane.class)
                .setExpanded(true));
        robot.interact(fail::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.map().touchpoint(survey).orElseThrow().failPoint()).isTrue();
        assertThat(marksOn(robot, "Answer the satisfaction survey")).contains("FAIL");

        robot.interact(() -> session.document().undo());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.map().touchpoint(survey).orElseThrow().failPoint()).isFalse();
        assertThat(fail.isSelected()).isFalse();
        assertThat(marksOn(robot, "Answer the satisfaction survey")).isEmpty();
    }

    private EditorSession open(FxRobot robot) {
        Node cell = robot.lookup(".project-title").match((Labeled l) -> map.title().equals(l.getText())).query();
        robot.doubleClickOn(cell);
        waitUpTo(20, () -> robot.lookup("#journeyMap").tryQuery().isPresent());
        // The whole map in view, so every lane header has its node.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return window.editor().orElseThrow().session();
    }

    private static List<String> lineLabels(FxRobot robot) {
        return robot.lookup("#blueprintMarks").queryAs(Group.class).getChildren().stream()
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }

    /** The lane headers' titles by their place on the map, top to bottom. */
    private static List<String> laneTitlesTopToBottom(FxRobot robot) {
        return robot.lookup(".lane-header").queryAll().stream().filter(Node::isVisible)
                .sorted(java.util.Comparator.comparingDouble(n -> n.getBoundsInParent().getMinY()))
                .map(n -> ((Labeled) n).getText()).toList();
    }

    private static String marksOn(FxRobot robot, String title) {
        return robot.lookup(".touchpoint-card").match((Node n) -> n.isVisible() && n.getAccessibleText() != null
                && n.getAccessibleText().startsWith("Touchpoint " + title + ",")).tryQuery()
                .map(n -> robot.from(n).lookup(".blueprint-mark-text").queryAll().stream()
                        .map(t -> ((javafx.scene.text.Text) t).getText()).reduce("", String::concat))
                .orElse("");
    }
}
