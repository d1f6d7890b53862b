package org.journeystudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.testing.FxStallWatch;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioWindow;
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

/** The editor prepared while the home screen waits: the home screen stays live, and opening a map stops it. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class EditorWarmUpTest {
    private TestStudio studio;
    private StudioWindow window;
    private JourneyMap shopping;

    @Start
    void start(Stage stage) {
        studio = new TestStudio();
        studio.library.create(studio.templates.instantiate(FakeTemplates.BLANK.id(), "Empty plan",
                studio.clock.instant()));
        shopping = studio.templates.instantiate(FakeTemplates.RETAILER.id(), "Shopping", studio.clock.instant());
        studio.library.create(shopping);
        window = studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void theHomeScreenAnswersInputWhileTheEditorIsPrepared(FxRobot robot) throws Exception {
        try (FxStallWatch watch = FxStallWatch.start()) {
            EditorWarmUp warmUp = WaitForAsyncUtils.asyncFx(window::prepareEditor).get(5, TimeUnit.SECONDS);
            robot.clickOn("#searchField").write("shop");

            waitFor(() -> titlesShown(robot).equals(java.util.List.of("Shopping")));
            waitFor(() -> warmUp.preparedProperty().get());
            assertThat(watch.longestStallMillis()).as(watch.report()).isLessThan(100);
        }
        assertThat(studio.library.list()).extracting(ProjectSummary::title)
                .containsExactlyInAnyOrder("Empty plan", "Shopping");
        assertThat(window.editor()).isEmpty();
    }

    @Test
    void openingAMapWhileTheEditorIsPreparedStopsThePreparationAndShowsTheMap(FxRobot robot) throws Exception {
        EditorWarmUp warmUp = WaitForAsyncUtils.asyncFx(window::prepareEditor).get(5, TimeUnit.SECONDS);
        robot.doubleClickOn(robot.lookup(".project-title")
                .match((javafx.scene.control.Labeled l) -> "Shopping".equals(l.getText())).queryLabeled());

        waitFor(() -> robot.lookup("#journeyMap").tryQuery().isPresent());
        waitFor(() -> !warmUp.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".touchpoint-card").queryAll()).hasSize(shopping.touchpoints().size());
        assertThat(window.editor().orElseThrow().session().map().title()).isEqualTo("Shopping");
    }

    private static java.util.List<String> titlesShown(FxRobot robot) {
        TableView<ProjectSummary> table = robot.lookup("#projectTable").queryTableView();
        return table.getItems().stream().map(ProjectSummary::title).toList();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
