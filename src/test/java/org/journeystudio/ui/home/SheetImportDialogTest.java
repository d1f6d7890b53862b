package org.journeystudio.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
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

/** Importing a touchpoint spreadsheet from the home screen: the user maps the column the guess missed, then imports. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class SheetImportDialogTest {
    @TempDir
    Path dir;

    private TestStudio studio;

    @Start
    void start(Stage stage) {
        studio = new TestStudio();
        studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void aColumnMappedByHandMakesTheSheetImportable(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("Cafe visit.csv"),
                "Phase,What happens,Owner,Feeling\nOrder,Choose a coffee,Barista,happy\nPay,Tap the card,Till,-1\n");
        studio.picker.importWillChoose(file);
        robot.clickOn("#importButton");
        waitUntil(() -> robot.lookup("#sheetImportDialog").tryQuery().isPresent());

        assertThat(robot.lookup("#importSheetButton").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#problemLabel").queryLabeled().getText())
                .isEqualTo("No column is mapped to Touchpoint; every row needs one");
        assertThat(combo(robot, "#column-0").getValue()).isEqualTo("Stage");
        assertThat(combo(robot, "#column-1").getValue()).isEqualTo(SheetImportDialog.ignore());

        robot.clickOn("#column-1").clickOn("Touchpoint");

        assertThat(robot.lookup("#problemLabel").queryLabeled().getText()).isEmpty();
        assertThat(robot.lookup("#importSheetButton").query().isDisabled()).isFalse();
        robot.clickOn("#importSheetButton");
        waitUntil(() -> studio.library.titles().contains("Cafe visit"));
        JourneyMap map = studio.library.list().stream().filter(p -> p.title().equals("Cafe visit"))
                .map(p -> studio.library.load(p.id()).orElseThrow()).findFirst().orElseThrow();
        assertThat(map.touchpoints()).extracting(t -> t.title() + "/" + t.owner() + "/" + t.emotion().score())
                .containsExactly("Choose a coffee/Barista/1", "Tap the card/Till/-1");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("Condition not met within 5 seconds", e);
        }
    }
}
