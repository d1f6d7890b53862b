package org.journeystudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.journeystudio.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog that offers a way out (putting back a kept library): its action is the default, Cancel declines. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class OfferDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 480, 320));
        stage.show();
    }

    private CompletableFuture<Boolean> offer() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(Dialogs.offer(stage, "Journey Studio cannot open its library",
                "The file library.mv.db is damaged.", "Put back the copy of 2026-12-03", "restoreLibrary")));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void choosingTheActionAnswersYes(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = offer();
        Button action = robot.lookup("#restoreLibrary").queryButton();
        assertThat(action.getText()).isEqualTo("Put back the copy of 2026-12-03");
        assertThat(action.isDefaultButton()).isTrue();
        assertThat(robot.lookup(".content").queryAs(Labeled.class).getText()).contains("is damaged");
        robot.clickOn(action);
        assertThat(answer.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void cancelAnswersNo(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = offer();
        robot.clickOn("Cancel");
        assertThat(answer.get(5, TimeUnit.SECONDS)).isFalse();
    }
}
