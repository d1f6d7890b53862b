package org.journeystudio.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.fakes.FakeTemplates;
import org.journeystudio.ui.fakes.TestStudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens projects in the real window and checks the map the editor paints from the layout. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class MapViewTest {
    private TestStudio studio;
    private Stage stage;
    private JourneyMap shopping;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        studio = new TestStudio();
        studio.library.create(studio.templates.instantiate(FakeTemplates.BLANK.id(), "Empty plan", studio.clock.instant()));
        shopping = studio.templates.instantiate(FakeTemplates.RETAILER.id(), "Shopping", studio.clock.instant());
        studio.library.create(shopping);
        studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void openingAProjectShowsOneCardPerTouchpointWithItsTitleAndChannel(FxRobot robot) {
        openByDoubleClick(robot, "Shopping");

        List<Node> cards = List.copyOf(robot.lookup(".touchpoint-card").queryAll());
        assertThat(cards).hasSize(shopping.touchpoints().size());
        for (Touchpoint touchpoint : shopping.touchpoints()) {
            Node card = CardLookup.card(robot, touchpoint.id()).query();
            assertThat(text(robot.from(card).lookup(".card-title").query())).isEqualTo(touchpoint.title());
            assertThat(text(robot.from(card).lookup(".card-channel").query())).isEqualTo(touchpoint.channel().label());
        }
        assertThat(stage.getTitle()).isEqualTo("Shopping — Journey Studio");
        assertThat(text(robot.lookup("#titleLabel").query())).isEqualTo("Shopping");
        assertThat(text(robot.lookup("#summaryLabel").query())).isEqualTo("3 stages  ·  5 touchpoints");
    }

    @Test
    void theMapShowsStagesLanesTheEmotionCurveAndStickyNotes(FxRobot robot) {
        openByDoubleClick(robot, "Shopping");

        assertThat(texts(robot, ".stage-name"))
                .containsExactly("Search", "Buy", "Receive");
        assertThat(texts(robot, ".lane-header")).containsExactly(
                "Touchpoints", "Channel", "Emotion", "Expectations", "Pain points", "Opportunities");
        assertThat(robot.lookup("#emotionCurve").tryQuery()).isPresent();
        assertThat(robot.lookup(".emotion-point").queryAll()).hasSize(5);
        assertThat(robot.lookup(".sticky-note.pain-point").queryAll()).hasSize(3);
        assertThat(texts(robot, ".sticky-note.opportunity"))
                .containsExactly("Show verified reviews first");
        // Cards sit where the layout put them: the second card of a stage below the first.
        Node cart = CardLookup.card(robot, "tp-cart").query();
        Node pay = CardLookup.card(robot, "tp-pay").query();
        assertThat(pay.getLayoutY()).isGreaterThan(cart.getLayoutY());
        assertThat(pay.getLayoutX()).isEqualTo(cart.getLayoutX());
    }

    @Test
    void backReturnsToTheLibraryWhichNowListsTheProjectAsRecent(FxRobot robot) {
        openByDoubleClick(robot, "Shopping");
        robot.clickOn("#backButton");

        assertThat(robot.lookup("#projectTable").tryQuery()).isPresent();
        assertThat(stage.getTitle()).isEqualTo("Journey Studio");
        assertThat(robot.lookup("#recentList").queryListView().getItems())
                .extracting(p -> ((ProjectSummary) p).title()).containsExactly("Shopping");
        assertThat(studio.preferences.recentProjects()).containsExactly(shopping.id());
    }

    @Test
    void theOpenShortcutOpensTheSelectedProjectAndEscapeGoesBack(FxRobot robot) {
        robot.clickOn(titleCell(robot, "Empty plan"));
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitFor(robot, "#journeyMap");
        assertThat(robot.lookup(".touchpoint-card").queryAll()).isEmpty();
        assertThat(text(robot.lookup(".map-empty").query())).startsWith("This map has no stages yet.");

        robot.push(KeyCode.ESCAPE);
        assertThat(robot.lookup("#journeyMap").tryQuery()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Journey Studio");
    }

    private void openByDoubleClick(FxRobot robot, String title) {
        robot.doubleClickOn(titleCell(robot, title));
        waitFor(robot, "#journeyMap");
    }

    private static Node titleCell(FxRobot robot, String title) {
        return robot.lookup(".project-title").match((Labeled l) -> title.equals(l.getText())).query();
    }

    private static void waitFor(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " did not appear within 5 seconds", e);
        }
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().map(MapViewTest::text).toList();
    }

    private static String text(Node node) {
        if (node instanceof TextTile tile) {
            return tile.text().getText();
        }
        if (node instanceof javafx.scene.text.Text text) {
            return text.getText();
        }
        return ((Labeled) node).getText();
    }
}
