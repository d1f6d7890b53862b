package org.journeystudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.TestStudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector's edits in the whole editor: saved like canvas edits ("Saving…", then "Saved"), and text typed
 * but not applied yet reaches the library when the selection changes, on undo and when the window closes.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class InspectorSavingTest {
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
    void anInspectorEditSaysSavingThenSaved(FxRobot robot) throws Exception {
        EditorController editor = open(robot, "Basket");
        studio.library.slowSaves(Duration.ofMillis(800));
        List<String> states = new ArrayList<>();
        Label status = robot.lookup("#saveStatus").queryAs(Label.class);
        robot.interact(() -> status.textProperty().addListener((o, was, now) -> states.add(now)));

        retype(robot, "#ownerField", "Checkout team");

        waitFor(() -> "Checkout team".equals(stored("Basket").owner()) && "Saved".equals(status.getText()));
        assertThat(states).containsSubsequence("Saving…", "Saved");
        assertThat(editor.saveState().text()).isEqualTo("Saved");
    }

    @Test
    void typingIsKeptWhenTheUserSelectsAnotherCard(FxRobot robot) throws Exception {
        EditorController editor = open(robot, "Basket");
        retype(robot, "#ownerField", "Shop team");
        robot.interact(() -> editor.session().selection().selectTouchpoints(List.of(SampleMaps.cardId("Payment"))));

        waitFor(() -> "Shop team".equals(stored("Basket").owner()));
        assertThat(robot.lookup("#ownerField").queryAs(TextInputControl.class).getText())
                .isEqualTo(editor.session().map().touchpoint(SampleMaps.cardId("Payment")).orElseThrow().owner());
    }

    @Test
    void undoWhileTypingAppliesTheTextAsAStepThatRedoBringsBack(FxRobot robot) throws Exception {
        EditorController editor = open(robot, "Basket");
        String basket = SampleMaps.cardId("Basket");
        String before = editor.session().map().touchpoint(basket).orElseThrow().owner();
        robot.interact(() -> editor.session().runStep(SetTouchpointField.of(editor.session().map(), basket,
                TouchpointField.EMOTION, Emotion.of(2)))); // something to undo: the Undo button is on
        retype(robot, "#ownerField", "Basket team");
        robot.clickOn("#undoButton");

        assertThat(editor.session().map().touchpoint(basket).orElseThrow().owner()).isEqualTo(before);
        assertThat(editor.session().map().touchpoint(basket).orElseThrow().emotion().score())
                .as("the undo took back the typing, not the step before it").isEqualTo(2);
        assertThat(editor.session().document().redoDescription()).hasValueSatisfying(d -> assertThat(d).contains("owner"));
        robot.interact(() -> editor.session().document().redo());
        waitFor(() -> "Basket team".equals(stored("Basket").owner()));
    }

    @Test
    void closingTheWindowWhileTypingSavesWhatWasTyped(FxRobot robot) throws Exception {
        open(robot, "Basket");
        retype(robot, "#titleField", "Basket and delivery");
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        waitFor(() -> !stage.isShowing());
        assertThat(stored("Basket and delivery")).isNotNull();
    }

    /** Opens the map and selects the card titled {@code title}; the inspector is filled a frame later. */
    private EditorController open(FxRobot robot, String title) throws Exception {
        Node cell = robot.lookup(".project-title").match((Labeled l) -> map.title().equals(l.getText())).query();
        robot.doubleClickOn(cell);
        waitFor(() -> robot.lookup("#journeyMap").tryQuery().isPresent());
        EditorController editor = window.editor().orElseThrow();
        robot.interact(() -> editor.session().selection().selectTouchpoints(List.of(SampleMaps.cardId(title))));
        waitFor(() -> robot.lookup("#ownerField").tryQuery().isPresent());
        return editor;
    }

    /** Types {@code text} over what the field holds, without Enter: the text is only being typed. */
    private void retype(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
    }

    private Touchpoint stored(String title) {
        return studio.library.load(map.id()).orElseThrow().touchpoints().stream()
                .filter(tp -> tp.title().equals(title)).findFirst().orElse(null);
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
