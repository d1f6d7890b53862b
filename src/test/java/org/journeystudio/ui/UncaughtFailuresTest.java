package org.journeystudio.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.testing.FxWaits.waitFor;

import java.nio.file.Path;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.journeystudio.testing.ProductionLogging;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.fakes.TestStudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A bug in an event handler or on a background thread: the studio shows a one-line dialog whose Copy details
 * button puts the stack trace on the clipboard, the trace reaches the log, and the window goes on working.
 */
// Runs alone: it switches the JVM's logging to the production set-up, which other classes would write into.
@Isolated
@UiTest
@ExtendWith(ApplicationExtension.class)
class UncaughtFailuresTest {
    private static final String SUMMARY = "#internalErrorSummary";

    @TempDir
    Path logs;

    private final TestStudio studio = new TestStudio();
    private Stage stage;
    private Thread.UncaughtExceptionHandler defaultBefore;
    private Thread.UncaughtExceptionHandler fxBefore;
    private int failuresAsked;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        for (String title : new String[] {"Banking onboarding", "Online shop"}) {
            studio.library.create(studio.templates.instantiate(studio.templates.list().get(0).id(), title,
                    Instant.parse("2026-11-20T10:00:00Z")));
        }
        studio.show(stage);
        defaultBefore = Thread.getDefaultUncaughtExceptionHandler();
        fxBefore = Thread.currentThread().getUncaughtExceptionHandler();
        UncaughtFailures.install(stage, logs.resolve("journey-studio.log"));
        // A bug in a key handler, standing in for any handler of the editor.
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.F12) {
                failuresAsked++;
                throw new IllegalStateException("the canvas lost its layer " + failuresAsked);
            }
        });
    }

    @AfterEach
    void restore(FxRobot robot) throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(defaultBefore);
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(fxBefore));
        FxToolkit.cleanupStages();
        studio.work.close();
    }

    @Test
    void aBugInAnEventHandlerShowsOneLineCopiesTheTraceAndLeavesTheWindowWorking(FxRobot robot) throws Exception {
        try (ProductionLogging logging = ProductionLogging.into(logs)) {
            robot.press(KeyCode.F12).release(KeyCode.F12);

            waitFor(() -> robot.lookup(SUMMARY).tryQuery().isPresent());
            assertThat(text(robot, SUMMARY)).isEqualTo("Internal error: the canvas lost its layer 1");
            assertThat(text(robot, "#internalErrorLog")).contains(logs.resolve("journey-studio.log").toString())
                    .doesNotContain("Exception").doesNotContain("at org.");
            assertThat(logging.text()).contains("Uncaught failure on thread JavaFX Application Thread")
                    .contains("java.lang.IllegalStateException: the canvas lost its layer 1")
                    .contains("at org.journeystudio.ui.UncaughtFailuresTest");

            robot.clickOn("#copyDetailsButton");
            assertThat(robot.lookup("#copyDetailsButton").queryButton().getText()).isEqualTo("Copied");
            assertThat(clipboard(robot)).startsWith("java.lang.IllegalStateException: the canvas lost its layer 1")
                    .contains("at org.journeystudio.ui.UncaughtFailuresTest");
            assertThat(robot.lookup(SUMMARY).tryQuery()).as("copying keeps the dialog open").isPresent();
            closeDialog(robot);
        }

        robot.clickOn("#searchField").write("bank");
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEqualTo("bank");
        assertThat(robot.lookup("#countLabel").queryLabeled().getText()).isEqualTo("1 of 2");
        robot.press(KeyCode.F12).release(KeyCode.F12);
        waitFor(() -> robot.lookup(SUMMARY).tryQuery().isPresent());
        assertThat(text(robot, SUMMARY)).as("the handler still runs after the first failure")
                .isEqualTo("Internal error: the canvas lost its layer 2");
        closeDialog(robot);
    }

    @Test
    void aBugOnABackgroundThreadShowsTheSameDialog(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("the autosaver tripped");
        }, "journey-studio-test-worker");
        worker.start();
        worker.join(5_000);

        waitFor(() -> robot.lookup(SUMMARY).tryQuery().isPresent());
        assertThat(text(robot, SUMMARY)).isEqualTo("Internal error: the autosaver tripped");
        robot.clickOn("#copyDetailsButton");
        assertThat(clipboard(robot)).contains("the autosaver tripped").contains("UncaughtFailuresTest");
        closeDialog(robot);
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void anUnforeseenFailureOfBackgroundWorkIsLoggedAndShownWithItsDetails(FxRobot robot) throws Exception {
        try (ProductionLogging logging = ProductionLogging.into(logs)) {
            robot.interact(() -> studio.work.run(BackgroundWork.task("Opening…", cancelled -> {
                throw new StackOverflowError();
            }), done -> { }, failure -> Dialogs.error(stage, "Could not open 'Shop'", failure)));

            waitFor(() -> robot.lookup(SUMMARY).tryQuery().isPresent());
            assertThat(text(robot, SUMMARY)).isEqualTo("Internal error: stack overflow");
            assertThat(logging.text()).contains("Could not open 'Shop'").contains("java.lang.StackOverflowError");
            closeDialog(robot);
        }
    }

    @Test
    void aBugRepeatingWhileItsDialogIsOpenOpensNoSecondDialog(FxRobot robot) {
        robot.press(KeyCode.F12).release(KeyCode.F12);
        waitFor(() -> robot.lookup(SUMMARY).tryQuery().isPresent());
        Platform.runLater(() -> {
            throw new IllegalStateException("again");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(SUMMARY).queryAll()).hasSize(1);
        closeDialog(robot);
    }

    private static void closeDialog(FxRobot robot) {
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Close".equals(b.getText()))
                .queryButton());
        waitFor(() -> robot.lookup(SUMMARY).tryQuery().isEmpty());
    }

    private static String clipboard(FxRobot robot) {
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        return copied[0];
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
