package org.journeystudio.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Satisfaction as whole points: click, not rated, keys, undo, and averages shown as they are. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class SatisfactionRatingsTest {
    private InspectorFixture fx;
    private Touchpoint card;
    private String business;

    @Start
    void start(Stage stage) {
        fx = new InspectorFixture(stage);
        card = fx.touchpoint("Search engine results");
        business = fx.segmentId("Business customers");
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void clickingFourRatesFourSavesItAndUndoTakesItBack(FxRobot robot) {
        select(robot);
        assertThat(pressed(robot)).as("3.1 is an average: no point stands for it").isEmpty();
        assertThat(value(robot)).isEqualTo("3.1 / 5 average");

        robot.clickOn(fx.shown(robot, "#satisfaction-" + business + "-4"));

        assertThat(fx.now(card.id()).satisfaction()).containsEntry(business, 4.0);
        assertThat(fx.saved).last().isEqualTo(fx.session.map());
        assertThat(pressed(robot)).containsExactly("4");
        assertThat(value(robot)).isEqualTo("4 / 5");
        robot.clickOn(fx.shown(robot, "#satisfaction-" + business + "-4"));
        assertThat(pressed(robot)).as("clicking the pressed point keeps it").containsExactly("4");
        assertThat(fx.session.document().undoCount()).isEqualTo(1);

        robot.interact(() -> fx.session.document().undo());
        assertThat(fx.now(card.id()).satisfaction()).containsEntry(business, 3.1);
        assertThat(pressed(robot)).isEmpty();
    }

    @Test
    void notRatedPressesNoPointAndSaysSo(FxRobot robot) {
        select(robot);
        robot.clickOn(fx.shown(robot, "#clearSatisfaction-" + business));

        assertThat(fx.now(card.id()).satisfaction()).doesNotContainKey(business);
        assertThat(pressed(robot)).isEmpty();
        assertThat(value(robot)).isEqualTo("Not rated");
        assertThat(robot.lookup("#clearSatisfaction-" + business).queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#satisfaction-" + business + " .rating-point").queryAll())
                .as("whole points of the map's 1-5 scale").hasSize(5);
    }

    @Test
    void arrowsDigitsAndDeleteRateFromTheKeyboard(FxRobot robot) {
        select(robot);
        robot.clickOn(fx.shown(robot, "#satisfaction-" + business + "-2"));
        robot.type(KeyCode.RIGHT);
        assertThat(fx.now(card.id()).satisfaction()).containsEntry(business, 3.0);
        robot.type(KeyCode.RIGHT);
        assertThat(fx.now(card.id()).satisfaction()).containsEntry(business, 4.0);
        assertThat(robot.lookup("#satisfaction-" + business + "-4").query().isFocused()).isTrue();
        robot.type(KeyCode.DIGIT1);
        assertThat(fx.now(card.id()).satisfaction()).containsEntry(business, 1.0);
        robot.type(KeyCode.LEFT);
        assertThat(fx.now(card.id()).satisfaction()).as("at the end of the scale").containsEntry(business, 1.0);
        robot.type(KeyCode.END);
        assertThat(fx.now(card.id()).satisfaction()).containsEntry(business, 5.0);
        robot.type(KeyCode.DELETE);
        assertThat(fx.now(card.id()).satisfaction()).doesNotContainKey(business);
        assertThat(value(robot)).isEqualTo("Not rated");
        assertThat(fx.session.document().undoCount()).as("each key one step").isEqualTo(6);
    }

    @Test
    void theSatisfactionSectionComesFirst(FxRobot robot) {
        select(robot);
        List<Node> panes = robot.lookup(".inspector-sections > .titled-pane").queryAll().stream()
                .filter(Node::isVisible).toList();
        assertThat(((TitledPane) panes.get(0)).getText()).isEqualTo("Satisfaction");
    }

    private void select(FxRobot robot) {
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(card.id())));
    }

    private List<String> pressed(FxRobot robot) {
        return robot.lookup("#satisfaction-" + business + " .rating-point").queryAllAs(ToggleButton.class).stream()
                .filter(ToggleButton::isSelected).map(ToggleButton::getText).toList();
    }

    private String value(FxRobot robot) {
        return robot.lookup("#satisfactionValue-" + business).queryAs(Label.class).getText();
    }
}
