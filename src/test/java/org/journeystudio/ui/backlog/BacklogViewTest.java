package org.journeystudio.ui.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeystudio.editing.Backlog;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.ui.fakes.ThemedStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The backlog window: sorted by priority from its header, a typed effort one undo step, a bad one explained. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class BacklogViewTest {
    private EditorSession session;
    private final List<JourneyMap> saved = new ArrayList<>();

    /** The retailer's five "Simplify" notes rated apart, so that priorities differ. */
    private static JourneyMap rated() {
        JourneyMap map = SampleMaps.retailer();
        List<Opportunity> plan = new ArrayList<>();
        for (int i = 0; i < map.opportunities().size(); i++) {
            Opportunity o = map.opportunities().get(i);
            plan.add(o.withTitle("Idea " + (i + 1)).withCustomerValue(1 + i % 5).withBusinessValue(3).withEffort(2));
        }
        return map.withOpportunities(plan);
    }

    @Start
    void start(Stage stage) {
        session = new EditorSession(rated(), saved::add);
        BacklogController controller = new BacklogController(session);
        ThemedStage.show(stage, controller.load(), 1000, 680); // the window's own size, which fits a 1024x768 screen
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
    }

    @SuppressWarnings("unchecked")
    private TableView<Backlog.Row> table(FxRobot robot) {
        return robot.lookup(".table-view").queryAs(TableView.class);
    }

    /** The first row's cell under the header {@code title}, wherever the columns shown put it. */
    private javafx.scene.control.Labeled firstRowCell(FxRobot robot, String title) {
        TableView<Backlog.Row> table = table(robot);
        int column = table.getVisibleLeafColumns().stream().filter(c -> c.getText().equals(title)).findFirst()
                .map(table::getVisibleLeafIndex).orElseThrow();
        return robot.lookup(".table-row-cell").nth(0).lookup(".table-cell").nth(column).queryLabeled();
    }

    private List<String> titles(FxRobot robot) {
        return table(robot).getItems().stream().map(r -> r.opportunity().title()).toList();
    }

    @Test
    void theHeaderSortsByPriorityAndATypedEffortIsOneUndoStep(FxRobot robot) {
        assertThat(titles(robot)).as("highest priority first").startsWith("Idea 5");

        robot.clickOn("Priority");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> once = titles(robot);
        robot.clickOn("Priority");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(List.of(once.get(0), titles(robot).get(0))).containsExactlyInAnyOrder("Idea 1", "Idea 5");

        JourneyMap before = session.map();
        robot.doubleClickOn(firstRowCell(robot, "Effort"));
        robot.write("4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.map()).isNotEqualTo(before);
        assertThat(session.map().opportunities()).anyMatch(o -> Integer.valueOf(4).equals(o.effort()));
        session.document().undo();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.map()).isEqualTo(before);
    }

    @Test
    void anEffortOutsideOneToFiveIsExplainedAndChangesNothing(FxRobot robot) {
        JourneyMap before = session.map();
        robot.doubleClickOn(firstRowCell(robot, "Effort"));
        robot.write("7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.map()).isEqualTo(before);
        assertThat(robot.lookup(".backlog-message").queryAs(Label.class).getText())
                .isEqualTo("Effort must be 1 to 5 or empty, not '7'");
    }
}
