package org.journeystudio.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.journeystudio.edit.command.MapText;
import org.journeystudio.edit.command.SetMapText;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.TestStudio;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.usecase.StudentExercise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A project made from the exercise opens with its guide: the checklist ticks a step as the map fills in, new
 * cards are observed, the hand-in button writes a PDF, and hiding the guide is remembered. The exercise's map
 * shows every lane title whole, the emotion lane's clear of its scale.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class ExerciseGuideTest {
    @TempDir
    Path folder;

    private final TestStudio studio = new TestStudio();
    private JourneyMap exercise;
    private StudioWindow window;

    @Start
    void start(Stage stage) {
        exercise = new ResourceTemplateCatalog().instantiate(StudentExercise.TEMPLATE_ID, null, studio.clock.instant());
        studio.library.create(exercise);
        studio.preferences.setGuided(exercise.id(), true); // as creating it from the template on the home screen does
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
    void theChecklistTicksAStepAsTheMapFillsInAndNewCardsAreObserved(FxRobot robot) {
        open(robot);
        Label progress = robot.lookup("#guideProgressText").queryAs(Label.class);
        assertThat(progress.getText()).isEqualTo("0 of 8 steps done");
        Node first = robot.lookup("#guideStep1").query();
        assertThat(first.getPseudoClassStates()).extracting(Object::toString).doesNotContain("done");
        assertThat(instructionShown(robot, 1)).isTrue();
        assertThat(instructionShown(robot, 2)).isFalse();

        EditorSession session = window.editor().orElseThrow().session();
        robot.interact(() -> {
            session.runStep(SetMapText.of(MapText.TITLE, "Running shoes"));
            session.runStep(SetMapText.of(MapText.SCENARIO, "Bought online for a half marathon"));
        });

        assertThat(progress.getText()).isEqualTo("1 of 8 steps done");
        assertThat(first.getPseudoClassStates()).extracting(Object::toString).contains("done");
        // The done step folds its instructions away; the next one shows its own.
        assertThat(instructionShown(robot, 1)).isFalse();
        assertThat(instructionShown(robot, 2)).isTrue();

        robot.clickOn("#addCardButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.map().touchpoints()).singleElement().extracting(Touchpoint::evidence)
                .isEqualTo(Evidence.OBSERVED);
    }

    @Test
    void theHandInButtonWritesThePdfNamedAfterTheMap(FxRobot robot) throws Exception {
        open(robot);
        Path target = folder.resolve("hand-in.pdf");
        studio.picker.exportWillChoose(target);

        robot.clickOn("#handInButton");

        Label status = robot.lookup("#statusMessage").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("Exported to"));
        assertThat(studio.picker.lastSuggestion()).isEqualTo(exercise.title() + ".pdf");
        assertThat(new String(Files.readAllBytes(target), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void theGuideCreatesTheToBeInOneClickAndOffersTheComparisonOnceTheEditorHasOne(FxRobot robot) {
        open(robot);
        Button create = robot.lookup("#guideAction6").queryAs(Button.class);
        Button compare = robot.lookup("#guideAction7").queryAs(Button.class);
        assertThat(create.getText()).isEqualTo("Create the to-be scenario");
        assertThat(compare.isDisabled()).isTrue();

        robot.interact(create::fire);
        EditorSession session = window.editor().orElseThrow().session();
        assertThat(session.map().scenarios().active().name()).isEqualTo("To-be");
        assertThat(create.isDisabled()).isTrue(); // one to-be is enough
        assertThat(compare.isDisabled()).isFalse(); // the window wires the compare view

        boolean[] opened = {false};
        robot.interact(() -> window.editor().orElseThrow().setOnCompare(() -> opened[0] = true));
        robot.interact(compare::fire);
        assertThat(opened[0]).isTrue();

        robot.interact(() -> session.document().undo());
        assertThat(session.map().scenarios().list()).hasSize(1);
        assertThat(create.isDisabled()).isFalse();
    }

    @Test
    void hidingTheGuideIsRememberedAndTheViewMenuBringsItBack(FxRobot robot) {
        open(robot);
        robot.clickOn("#hideGuide");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exerciseGuide").tryQuery()).isEmpty();
        assertThat(studio.preferences.guided(exercise.id())).isFalse();
        assertThat(window.editor().orElseThrow().session().newCardEvidence()).isEqualTo(Evidence.ASSUMED);

        robot.clickOn("View").clickOn("Guided exercise");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exerciseGuide").tryQuery()).isPresent();
        assertThat(studio.preferences.guided(exercise.id())).isTrue();
    }

    @Test
    void everyLaneTitleShowsWholeAndTheEmotionTitleKeepsClearOfItsScale(FxRobot robot) {
        open(robot);
        for (Labeled lane : robot.lookup(".lane-header").queryAllAs(Labeled.class)) {
            assertThat(shownText(lane)).as("lane title").isEqualTo(lane.getText());
        }
        Labeled emotion = robot.lookup(".lane-header.lane-emotion").queryAs(Labeled.class);
        Bounds title = textBounds(emotion);
        for (Labeled mark : robot.lookup(".emotion-scale").queryAllAs(Labeled.class)) {
            assertThat(shownText(mark)).isEqualTo(mark.getText());
            assertThat(textBounds(mark).intersects(title)).as("'%s' over '%s'", mark.getText(), emotion.getText())
                    .isFalse();
        }
    }

    private void open(FxRobot robot) {
        Node cell = robot.lookup(".project-title").match((Labeled l) -> exercise.title().equals(l.getText())).query();
        robot.doubleClickOn(cell);
        waitFor(() -> robot.lookup("#exerciseGuide").tryQuery().isPresent());
    }

    private static boolean instructionShown(FxRobot robot, int step) {
        return robot.lookup("#guideStep" + step + " .guide-step-instruction").queryAs(Label.class).isVisible();
    }

    /** What a label shows: its text, or its text cut with an ellipsis when there is no room. */
    private static String shownText(Labeled labeled) {
        return labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    private static Bounds textBounds(Labeled labeled) {
        Node text = labeled.lookupAll(".text").stream().filter(Text.class::isInstance).findFirst().orElseThrow();
        return text.localToScene(text.getBoundsInLocal());
    }

    private static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
