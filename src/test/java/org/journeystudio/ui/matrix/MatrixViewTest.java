package org.journeystudio.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.journeystudio.layout.MatrixLayout;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.layout.ValueEffortMatrix;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.render.ActionPlanFormat;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.ui.fakes.ThemedStage;
import org.journeystudio.testing.Drags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The value–effort matrix window at 1024×768: a bubble dragged to another quadrant re-rates its opportunity in one
 * undo step, a click selects its cards, the status filter hides the others, and nothing is drawn outside the window.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class MatrixViewTest {
    private EditorSession session;
    private MatrixController controller;
    private final List<ActionPlanFormat> exported = new ArrayList<>();

    /** The retailer's notes rated as quick wins (value 4.5, effort 1–2), every other one planned. */
    private static JourneyMap rated() {
        JourneyMap map = SampleMaps.retailer();
        List<Opportunity> plan = new ArrayList<>();
        for (int i = 0; i < map.opportunities().size(); i++) {
            Opportunity o = map.opportunities().get(i);
            plan.add(o.withTitle("Idea " + (i + 1)).withCustomerValue(5).withBusinessValue(4).withEffort(1 + i % 2)
                    .withStatus(i % 2 == 0 ? OpportunityStatus.PLANNED : OpportunityStatus.IDEA));
        }
        return map.withOpportunities(plan);
    }

    @Start
    void start(Stage stage) {
        session = new EditorSession(rated(), map -> { });
        controller = new MatrixController(session, new SimpleDoubleProperty(0.5), (layout, format) ->
                exported.add(format));
        ThemedStage.show(stage, controller.load(), 1024, 768);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
    }

    private Node bubble(FxRobot robot, String opportunityId) {
        return robot.lookup("#bubble-" + opportunityId).query();
    }

    @Test
    void aBubbleDraggedToTheMoneyPitsIsReRatedInOneUndoStepAndAClickSelectsItsCards(FxRobot robot) {
        JourneyMap before = session.map();
        Opportunity first = before.opportunities().get(0);
        MatrixLayout layout = controller.layout();
        assertThat(layout.dots()).hasSize(before.opportunities().size());
        MatrixLayout.Dot dot = layout.dots().stream().filter(d -> d.opportunity().id().equals(first.id()))
                .findFirst().orElseThrow();
        assertThat(dot.bubble().quadrant()).isEqualTo(ValueEffortMatrix.Quadrant.QUICK_WINS);
        Pane plot = robot.lookup(".matrix-plot").queryAs(Pane.class);
        Bounds window = plot.getScene().getRoot().getLayoutBounds();
        for (Node node : plot.getChildren()) {
            Bounds b = plot.localToScene(node.getBoundsInParent());
            assertThat(b.getMaxX()).as("drawn inside 1024 px").isLessThanOrEqualTo(window.getWidth());
            assertThat(b.getMaxY()).as("drawn inside 768 px").isLessThanOrEqualTo(window.getHeight());
        }

        robot.clickOn(bubble(robot, first.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.selection().touchpointIds()).as("the cards it addresses")
                .containsExactlyElementsOf(before.touchpointsAddressedBy(first.id()).stream().map(t -> t.id())
                        .toList());
        assertThat(session.map()).as("a click changes nothing").isEqualTo(before);

        // Effort 5, value 1.5: bottom right, the money pits.
        Point2D from = plot.localToScreen(dot.x(), dot.y());
        Point2D to = plot.localToScreen(layout.plot().x() + layout.plot().w() * 0.9,
                layout.plot().bottom() - layout.plot().h() * 0.2);
        Drags.drag(robot, from, to);

        Opportunity moved = session.map().opportunity(first.id()).orElseThrow();
        assertThat(List.of(moved.effort(), moved.customerValue(), moved.businessValue()))
                .as("effort 5; value 4.5 moved by −3").containsExactly(5, 2, 1);
        assertThat(controller.layout().dots()).filteredOn(d -> d.opportunity().id().equals(first.id()))
                .singleElement().satisfies(d -> assertThat(d.bubble().quadrant())
                        .isEqualTo(ValueEffortMatrix.Quadrant.MONEY_PITS));
        JourneyMap afterFirst = session.map();
        MatrixLayout.Dot there = controller.layout().dots().stream()
                .filter(d -> d.opportunity().id().equals(first.id())).findFirst().orElseThrow();
        Drags.drag(robot, plot.localToScreen(there.x(), there.y()), plot.localToScreen(there.x() - layout.plot().w() * 0.2,
                there.y()));
        assertThat(session.map().opportunity(first.id()).orElseThrow().effort()).isEqualTo(4);
        robot.interact(() -> session.document().undo());
        assertThat(session.map()).as("the second drag is a step of its own").isEqualTo(afterFirst);
        robot.interact(() -> session.document().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.map()).as("one undo step").isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStatusFilterShowsOnlyThatStatusAndExportTakesTheShownMatrix(FxRobot robot) {
        ChoiceBox<String> status = robot.lookup(".choice-box").nth(2).queryAs(ChoiceBox.class);
        robot.interact(() -> status.setValue(OpportunityStatus.PLANNED.displayName()));
        WaitForAsyncUtils.waitForFxEvents();

        long planned = session.map().opportunities().stream().filter(o -> o.status() == OpportunityStatus.PLANNED)
                .count();
        assertThat(robot.lookup(".matrix-bubble").queryAll()).hasSize((int) planned);
        assertThat(controller.layout().dots()).allMatch(d -> d.opportunity().status() == OpportunityStatus.PLANNED);
        // Colour is not the only sign of the status: each bubble says it in words.
        assertThat(robot.lookup(".matrix-bubble-status").queryAll()).hasSize((int) planned)
                .allMatch(t -> ((javafx.scene.text.Text) t).getText()
                        .equals(ModelWords.status(OpportunityStatus.PLANNED)));

        robot.clickOn("Export").clickOn("SVG drawing…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exported).containsExactly(ActionPlanFormat.MATRIX_SVG);
    }
}
