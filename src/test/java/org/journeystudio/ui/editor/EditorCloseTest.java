package org.journeystudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.testing.FxWaits.waitFor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.journeystudio.edit.command.AddStage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.FxStallWatch;
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

/**
 * Leaving the editor while the library is slow: the FX thread keeps answering (it never waits for the disk),
 * and the last change still reaches the library before the window moves on.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class EditorCloseTest {
    private static final Duration SLOW_SAVE = Duration.ofSeconds(2);

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
    void goingBackDuringASlowSaveKeepsTheWindowLiveAndShowsTheLibraryOnlyOnceSaved(FxRobot robot) throws Exception {
        EditorController editor = openAndChangeWhileSavesAreSlow(robot);
        AtomicReference<List<String>> storedWhenHomeShowed = new AtomicReference<>();
        robot.interact(() -> ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).centerProperty()
                .addListener((obs, old, root) ->
                storedWhenHomeShowed.set(storedStageNames())));

        try (FxStallWatch watch = FxStallWatch.start()) {
            long answeredAfter = millisUntilTheFxThreadAnswers(robot,
                    () -> robot.lookup("#backButton").queryButton().fire());

            assertThat(answeredAfter).as("the FX thread answered %d ms after Back", answeredAfter).isLessThan(200);
            assertThat(editor.view().getScene()).as("the editor stays while its save runs").isSameAs(stage.getScene());
            // Most of the save's two seconds: what happens on the FX thread meanwhile is the close's own doing.
            Thread.sleep(SLOW_SAVE.toMillis() * 3 / 4);
            assertThat(watch.longestStallMillis()).as(watch.report()).isLessThan(100);
        }
        waitFor(() -> robot.lookup("#journeyMap").tryQuery().isEmpty());
        assertThat(storedWhenHomeShowed.get()).contains("Late change");
    }

    @Test
    void closingTheWindowDuringASlowSaveWaitsForItWithoutBlocking(FxRobot robot) throws Exception {
        openAndChangeWhileSavesAreSlow(robot);

        try (FxStallWatch watch = FxStallWatch.start()) {
            long answeredAfter = millisUntilTheFxThreadAnswers(robot,
                    () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

            assertThat(answeredAfter).as("the FX thread answered %d ms after the close request", answeredAfter)
                    .isLessThan(200);
            assertThat(stage.isShowing()).as("the window stays open while the save runs").isTrue();
            // Most of the save's two seconds: what happens on the FX thread meanwhile is the close's own doing.
            Thread.sleep(SLOW_SAVE.toMillis() * 3 / 4);
            assertThat(watch.longestStallMillis()).as(watch.report()).isLessThan(100);
        }
        waitFor(() -> !stage.isShowing());
        assertThat(storedStageNames()).contains("Late change");
        assertThat(window.lastSave().get(1, TimeUnit.SECONDS)).isEmpty();
    }

    /** Opens the map, makes every save take two seconds, and changes the map: a save is now running. */
    private EditorController openAndChangeWhileSavesAreSlow(FxRobot robot) {
        Node cell = robot.lookup(".project-title").match((Labeled l) -> map.title().equals(l.getText())).query();
        robot.doubleClickOn(cell);
        waitFor(() -> window.editor().isPresent());
        EditorController editor = window.editor().orElseThrow();
        studio.library.slowSaves(SLOW_SAVE);
        robot.interact(() -> editor.session().runStep(AddStage.of(
                new org.journeystudio.model.Stage("st-late", "Late change"), AddStage.AT_END)));
        assertThat(storedStageNames()).doesNotContain("Late change");
        return editor;
    }

    /** Runs {@code action} on the FX thread and measures how soon the FX thread runs the next thing posted to it. */
    private static long millisUntilTheFxThreadAnswers(FxRobot robot, Runnable action) throws Exception {
        CompletableFuture<Long> answered = new CompletableFuture<>();
        robot.interact(() -> {
            long start = System.nanoTime();
            action.run();
            Platform.runLater(() -> answered.complete(System.nanoTime() - start));
        });
        return TimeUnit.NANOSECONDS.toMillis(answered.get(10, TimeUnit.SECONDS));
    }

    private List<String> storedStageNames() {
        return studio.library.load(map.id()).orElseThrow().stages().stream()
                .map(org.journeystudio.model.Stage::name).toList();
    }
}
