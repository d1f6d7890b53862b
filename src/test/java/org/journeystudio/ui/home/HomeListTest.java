package org.journeystudio.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeystudio.edit.command.AddTouchpoints;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ProjectSummary;
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

/**
 * The home list shows the library as it is: newest first, sortable, and after working on a project its
 * touchpoint count, last-modified time, place and thumbnail follow the saves made meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class HomeListTest {
    private TestStudio studio;
    private Stage stage;
    private StudioWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        studio = new TestStudio();
        // Made in this order, so "Bakery" is the newest and "Airline" the oldest; titles sort the other way.
        for (String title : List.of("Airline", "Cinema", "Bakery")) {
            studio.library.create(studio.templates.instantiate(FakeTemplates.RETAILER.id(), title,
                    studio.clock.instant()));
        }
        window = studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void theListIsSortedByLastModifiedNewestFirstAndEveryOtherColumnSortsToo(FxRobot robot) {
        TableView<ProjectSummary> table = table(robot);
        TableColumn<ProjectSummary, ?> modified = column(table, "Last modified");
        assertThat(table.getSortOrder()).containsExactly(modified);
        assertThat(modified.getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        assertThat(titlesShown(robot)).containsExactly("Bakery", "Cinema", "Airline");

        robot.clickOn(robot.lookup(".column-header .label").match(
                (javafx.scene.control.Label l) -> "Title".equals(l.getText())).queryAs(javafx.scene.Node.class));
        assertThat(titlesShown(robot)).containsExactly("Airline", "Bakery", "Cinema");
        assertThat(column(table, "Touchpoints").isSortable()).isTrue();
        assertThat(column(table, "Map").isSortable()).as("a picture has no order").isFalse();
    }

    @Test
    void afterEditingAProjectTheListShowsItsNewCountTimeAndPlaceAndRedrawsItsThumbnail(FxRobot robot) {
        waitUntil(() -> thumbnailOf(robot, "Airline") != null);
        Image before = thumbnailOf(robot, "Airline");
        ProjectSummary listed = summaryOf(robot, "Airline");

        select(robot, "Airline");
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> window.editor().isPresent());
        robot.interact(() -> {
            JourneyMap map = window.editor().orElseThrow().session().map();
            String lane = map.lanes().stream().filter(l -> l.kind() == LaneKind.TOUCHPOINTS).findFirst()
                    .orElseThrow().id();
            window.editor().orElseThrow().session().execute(AddTouchpoints.one(
                    Touchpoint.builder("tp-added", map.stages().get(0).id(), lane).title("Added").build(), 0));
        });
        robot.clickOn("#backButton");
        waitUntil(() -> robot.lookup("#projectTable").tryQuery().isPresent());

        assertThat(titlesShown(robot)).as("the edited project moved to the top").first().isEqualTo("Airline");
        ProjectSummary shown = summaryOf(robot, "Airline");
        assertThat(shown.touchpointCount()).isEqualTo(listed.touchpointCount() + 1);
        assertThat(shown.modified()).isAfter(summaryOf(robot, "Bakery").modified());
        assertThat(table(robot).getSelectionModel().getSelectedItem().title()).isEqualTo("Airline");
        waitUntil(() -> thumbnailOf(robot, "Airline") != null && thumbnailOf(robot, "Airline") != before);
    }

    @Test
    void everyProjectGetsAThumbnailDrawnAtTwiceTheSizeShownForSharpness(FxRobot robot) {
        waitUntil(() -> List.of("Airline", "Bakery", "Cinema").stream().allMatch(t -> thumbnailOf(robot, t) != null));
        Image picture = thumbnailOf(robot, "Bakery");
        assertThat(picture.getWidth()).isEqualTo(HomeViewModel.THUMBNAIL_WIDTH * 2);
        assertThat(picture.getHeight()).isEqualTo(HomeViewModel.THUMBNAIL_HEIGHT * 2);
    }

    private static Image thumbnailOf(FxRobot robot, String title) {
        TableView<ProjectSummary> table = table(robot);
        int row = table.getItems().stream().map(ProjectSummary::title).toList().indexOf(title);
        if (row < 0) {
            return null;
        }
        return robot.lookup(".project-thumbnail").queryAllAs(javafx.scene.layout.StackPane.class).stream()
                .filter(frame -> frame.getParent() instanceof javafx.scene.control.TableCell<?, ?> cell
                        && cell.getIndex() == row)
                .map(frame -> ((ImageView) frame.getChildren().get(1)).getImage())
                .findFirst().orElse(null);
    }

    private static TableColumn<ProjectSummary, ?> column(TableView<ProjectSummary> table, String text) {
        return table.getColumns().stream().filter(c -> text.equals(c.getText())).findFirst().orElseThrow();
    }

    private static ProjectSummary summaryOf(FxRobot robot, String title) {
        return table(robot).getItems().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    private static void select(FxRobot robot, String title) {
        robot.interact(() -> table(robot).getSelectionModel().select(summaryOf(robot, title)));
    }

    @SuppressWarnings("unchecked")
    private static TableView<ProjectSummary> table(FxRobot robot) {
        return robot.lookup("#projectTable").queryAs(TableView.class);
    }

    private static List<String> titlesShown(FxRobot robot) {
        return table(robot).getItems().stream().map(ProjectSummary::title).toList();
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("Condition not met within 10 seconds", e);
        }
    }
}
