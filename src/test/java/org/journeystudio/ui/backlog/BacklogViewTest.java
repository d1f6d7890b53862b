package org.journeystudio.ui.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import org.journeystudio.edit.command.ReplaceMap;
import org.journeystudio.model.SharedKind;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.H2Library;
import org.journeystudio.testing.NewLibraries;
import org.journeystudio.usecase.SharedLibrary;
import org.junit.jupiter.api.io.TempDir;
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

/**
 * The backlog window: sorted by priority from its header, a typed effort one undo step, a bad one explained, an
 * opportunity deleted (asking when linked to several cards, here or everywhere when shared).
 */
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

    /** Selects the row of {@code title} by clicking its title cell, as a user does (a second click would edit it). */
    private void select(FxRobot robot, String title) {
        robot.interact(() -> table(robot).getSelectionModel().clearSelection());
        robot.clickOn(robot.lookup(".table-cell").match((javafx.scene.control.Labeled c) -> title.equals(c.getText()))
                .queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anOpportunityOnTwoCardsIsDeletedAfterAskingAndUndoBringsItBackWithItsLinks(FxRobot robot) {
        Opportunity first = session.map().opportunities().get(0);
        Touchpoint other = session.map().touchpoints().stream().filter(t -> !t.addressedBy(first.id())).findFirst()
                .orElseThrow();
        JourneyMap linked = session.map().withTouchpoint(other.toBuilder()
                .opportunityIds(List.of(first.id())).build());
        robot.interact(() -> session.runStep(new ReplaceMap(linked, "Link")));
        assertThat(Backlog.cardsLinkedTo(session.map(), first.id())).isEqualTo(2);

        select(robot, first.title());
        robot.clickOn("#deleteButton");
        assertThat(robot.lookup("#confirmDialog .content").queryLabeled().getText()).contains("2 cards");
        robot.clickOn(robot.lookup("#confirmDialog .button").match((Button b) -> "Cancel".equals(b.getText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.map()).isEqualTo(linked);

        select(robot, first.title());
        robot.type(KeyCode.DELETE);
        robot.clickOn(robot.lookup("#confirmDialog .button")
                .match((Button b) -> "Delete opportunity".equals(b.getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot)).doesNotContain(first.title());
        assertThat(Backlog.cardsLinkedTo(session.map(), first.id())).isZero();

        robot.interact(() -> session.document().undo());
        assertThat(session.map()).as("one undo step").isEqualTo(linked);
        assertThat(titles(robot)).contains(first.title());
    }

    @Test
    void aSharedOpportunityDeletedEverywhereLeavesTheOtherJourney(FxRobot robot, @TempDir Path folder) {
        JourneyMap start = session.map();
        Opportunity first = start.opportunities().get(0);
        try (H2Library library = NewLibraries.open(folder.resolve("library"))) {
            library.create(start);
            library.create(SampleMaps.withoutActionPlan(start).withId("map-bags").withTitle("Bags"));
            SharedLibrary shared = SharedLibrary.of(library).orElseThrow();
            shared.shareInto(shared.entries(SharedKind.OPPORTUNITY, first.title()).get(0), "map-bags", null);
            JourneyMap linked = library.load(start.id()).orElseThrow();
            robot.interact(() -> {
                session.setSharedLibrary(shared);
                session.runStep(new ReplaceMap(linked, "Share"));
            });

            select(robot, first.title());
            robot.clickOn("#deleteButton");
            assertThat(robot.lookup("#deleteSharedDialog .content").queryLabeled().getText()).contains("Bags");
            robot.clickOn("#deleteEverywhere");
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(titles(robot)).doesNotContain(first.title());
            assertThat(library.load("map-bags").orElseThrow().opportunities()).extracting(Opportunity::title)
                    .doesNotContain(first.title());
        }
    }
}
