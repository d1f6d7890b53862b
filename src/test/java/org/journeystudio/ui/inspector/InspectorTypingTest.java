package org.journeystudio.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every keystroke ends in the map: typing is applied after a pause, and no refresh, selection change or hidden
 * field throws away text the user typed. And the pain points' drop-downs show their whole words.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class InspectorTypingTest {
    private InspectorFixture fx;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fx = new InspectorFixture(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void typingIsAppliedAndSavedAfterAPauseAsOneUndoStep(FxRobot robot) throws Exception {
        Touchpoint card = fx.touchpoint("Search engine results");
        select(robot, card.id());

        fx.retype(robot, "#ownerField", "SEO ");
        waitFor(() -> "SEO".equals(fx.now(card.id()).owner()));
        robot.write("team");
        waitFor(() -> "SEO team".equals(fx.now(card.id()).owner()));

        assertThat(robot.lookup("#ownerField").queryAs(TextField.class).getText())
                .as("the space the map does not keep stayed while typing").isEqualTo("SEO team");
        assertThat(fx.saved).last().isEqualTo(fx.session.map());
        assertThat(fx.session.document().undoCount()).isEqualTo(1);
    }

    @Test
    void aChangeOfTheSameFieldFromElsewhereKeepsWhatTheUserIsTyping(FxRobot robot) throws Exception {
        Touchpoint card = fx.touchpoint("Search engine results");
        select(robot, card.id());
        fx.retype(robot, "#ownerField", "Marketing");
        robot.interact(() -> fx.session.execute(SetTouchpointField.of(fx.session.map(), card.id(),
                TouchpointField.OWNER, "Someone else")));

        assertThat(robot.lookup("#ownerField").queryAs(TextField.class).getText()).isEqualTo("Marketing");
        waitFor(() -> "Marketing".equals(fx.now(card.id()).owner()));
    }

    @Test
    void textInAFieldThatASelectionChangeInsideAnEditHidesIsAppliedNotDropped(FxRobot robot) throws Exception {
        Touchpoint search = fx.touchpoint("Search engine results");
        Touchpoint advert = fx.touchpoint("Social media advert");
        select(robot, search.id());
        fx.retype(robot, "#titleField", "Search results page");
        // As the editor does after undo or delete: the selection follows the map inside the change's listeners.
        robot.interact(() -> {
            fx.session.lastChangeProperty().addListener((o, was, change) ->
                    fx.session.selection().selectTouchpoints(List.of(search.id(), advert.id())));
            fx.session.execute(SetTouchpointField.of(fx.session.map(), advert.id(), TouchpointField.OWNER, "Ads"));
        });

        waitFor(() -> "Search results page".equals(fx.now(search.id()).title()));
        assertThat(fx.now(advert.id()).owner()).isEqualTo("Ads");
    }

    @Test
    void thePainPointDropDownsShowTheirWholeWordsInTheNarrowPanel(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(340); // the inspector's width on a 1024 x 768 screen
            fx.session.selection().selectTouchpoints(List.of(fx.touchpoint("Search engine results").id()));
        });
        Node row = robot.lookup(".pain-point-row").query();
        robot.interact(() -> fx.panel.reveal(row));
        for (String severity : List.of("1 · minor", "2 · serious", "3 · severe")) {
            ChoiceBox<?> box = robot.from(row).lookup(".severity-choice").queryAs(ChoiceBox.class);
            robot.clickOn(box);
            fx.pick(robot, severity);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(elided(robot.lookup(".pain-point-row").query())).as(severity).isEmpty();
        }
        assertThat(elided(robot.lookup(".add-row").nth(1).query())).isEmpty();
    }

    /** The texts of labels inside {@code root} shown shorter than they are ("2 · ser…"). */
    private static List<String> elided(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                    .filter(shown -> !shown.equals(labeled.getText()) && shown.endsWith("…"))
                    .findFirst().ifPresent(shown -> cut.add(labeled.getText() + " shown as " + shown));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> fx.session.selection().selectTouchpoints(List.of(id)));
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
