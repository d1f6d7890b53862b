package org.journeystudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeystudio.settings.StudioPreferences;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.FakeFilePicker;
import org.journeystudio.ui.fakes.MemoryPreferences;
import org.journeystudio.usecase.JourneyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole studio as a user meets it, on the real H2 library and the shipped templates: create a project from
 * a template, rename it, quit (library closed), start again on the same folder and find it.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class RealLibraryRestartTest {
    @TempDir
    static Path folder;

    private final StudioPreferences preferences = new StudioPreferences(new MemoryPreferences());
    private H2Library library;
    private BackgroundWork work;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    private void open(Stage target) {
        library = H2Library.open(folder.resolve("library"));
        work = new BackgroundWork();
        StudioWindow.Services services = new StudioWindow.Services(library, new ResourceTemplateCatalog(), JourneyFiles.json(),
                preferences, new FakeFilePicker(), work);
        new StudioWindow(target, services, Clock.systemUTC()).show();
    }

    private void quit(FxRobot robot, Stage target) {
        robot.interact(target::close);
        work.close();
        library.close();
    }

    @AfterEach
    void closeLibrary() throws Exception {
        FxToolkit.hideStage();
        work.close();
        library.close();
    }

    @Test
    void aProjectMadeFromATemplateAndRenamedIsThereAfterARestart(FxRobot robot) {
        robot.clickOn("#tile-online-retailer");
        robot.clickOn("#titleField");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Garden shop");
        robot.clickOn("#createProjectButton");
        // A new project opens in the editor; go back to the library to rename it there.
        waitForEditor(robot);
        robot.clickOn("#backButton");
        robot.clickOn(".project-title");
        robot.push(KeyCode.F2);
        robot.clickOn("#renameField");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Garden centre");
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((Button b) -> b.getText().equals("OK")).queryAs(Node.class));
        int touchpoints = new ResourceTemplateCatalog().instantiate("online-retailer", "x", java.time.Instant.now())
                .touchpoints().size();

        quit(robot, stage);
        Stage restarted = registerStage();
        robot.interact(() -> open(restarted));

        assertThat(titlesShown(robot)).containsExactly("Garden centre");
        ProjectSummary stored = library.list().get(0);
        assertThat(stored.touchpointCount()).isEqualTo(touchpoints).isGreaterThan(10);
        assertThat(library.load(stored.id()).orElseThrow().stages()).extracting(s -> s.name())
                .startsWith("Search for a product");
        robot.interact(restarted::close);
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> titlesShown(FxRobot robot) {
        return robot.lookup("#projectTable").queryAs(TableView.class).getItems().stream()
                .map(p -> ((ProjectSummary) p).title()).toList();
    }

    private static void waitForEditor(FxRobot robot) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#journeyMap").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The new project did not open in the editor", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private static Stage registerStage() {
        try {
            return FxToolkit.registerStage(Stage::new);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("No new stage within the timeout", e);
        }
    }
}
