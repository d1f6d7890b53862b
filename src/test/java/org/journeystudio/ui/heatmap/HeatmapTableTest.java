package org.journeystudio.ui.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.RatingScale;
import org.journeystudio.ratings.HeatmapRow;
import org.journeystudio.store.RatingSource;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.store.ResponseImport;
import org.journeystudio.store.StoredImport;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.StudioStyles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The heatmap table at 1024×768 with more segments than fit: the touchpoint column stays while the cells scroll
 * sideways, cells with one answer are washed out and those with 300 are not, and the side panel follows the
 * selected cell and every change of the data.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class HeatmapTableTest {
    private static final AnswerScale ONE_TO_FIVE = AnswerScale.of(RatingScale.ONE_TO_FIVE);
    private static final List<AnswerScale> SCALES = List.of(ONE_TO_FIVE, ONE_TO_FIVE);
    private static final int SEGMENTS = 9;
    private final BackgroundWork work = new BackgroundWork();

    @Start
    void start(Stage stage) {
        ResponseImport header = new ResponseImport("aurora", "survey.csv", Instant.parse("2026-03-01T09:00:00Z"),
                "Google Forms", RatingSource.IMPORTED, List.of("Travel class", "Customer type"),
                List.of(new ResponseImport.RatedColumn("Booking", ONE_TO_FIVE, "tp-0"),
                        new ResponseImport.RatedColumn("Security", ONE_TO_FIVE, "tp-4")));
        HeatmapController heatmap = new HeatmapController(HeatmapTableTest::counts, work, SampleMaps.airline("aurora"),
                new StoredImport(7, header, 4, 0), () -> { }, null, (name, extension) -> Optional.empty());
        Theme.apply(false);
        Scene scene = new Scene(heatmap.load(), 1024, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        work.close();
    }

    @Test
    void theTouchpointColumnStaysWhileTheCellsScrollSideways(FxRobot robot) throws Exception {
        awaitCells(robot);
        Node booking = nameCell(robot, "Booking");
        Node heading = robot.lookup(".column-header").match(h -> h.lookup(".label") instanceof Label l
                && "Touchpoint".equals(l.getText())).query();
        Node firstCell = robot.lookup("#cell-0-0").query();
        double nameX = screenX(booking);
        double headingX = screenX(heading);
        double cellX = screenX(firstCell);

        ScrollBar bar = horizontalBar(robot);
        assertThat(bar.getMax()).as("the segments do not fit at 1024 px").isPositive();
        robot.interact(() -> bar.setValue(bar.getMax()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(screenX(firstCell)).as("the cells scrolled").isLessThan(cellX - 50);
        assertThat(screenX(nameCell(robot, "Booking"))).isCloseTo(nameX, org.assertj.core.data.Offset.offset(0.5));
        assertThat(screenX(heading)).isCloseTo(headingX, org.assertj.core.data.Offset.offset(0.5));
        // Still the same rows: vertical scrolling moves names and cells together.
        assertThat(screenY(nameCell(robot, "Booking"))).isCloseTo(screenY(firstCell),
                org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void aCellWithOneAnswerIsMarkedAndOneWithThreeHundredIsNot(FxRobot robot) throws Exception {
        awaitCells(robot);
        Node one = robot.lookup("#cell-0-0").query();
        Node many = robot.lookup("#cell-0-1").query();

        assertThat(one.getStyleClass()).contains(StudioStyles.LOW_N, HeatmapCellView.FEW_ANSWERS);
        assertThat(((Label) one.lookup(".cell-n")).getText()).isEqualTo("n=1 · few");
        assertThat(many.getStyleClass()).doesNotContain(StudioStyles.LOW_N, HeatmapCellView.FEW_ANSWERS);
        assertThat(((Label) many.lookup(".cell-n")).getText()).isEqualTo("n=300");
        assertThat(robot.lookup(".heatmap-legend .legend-note").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("n below 10: pale and hatched, too few to judge by colour");
    }

    @Test
    void theSidePanelFollowsEverySelectionAndDataChange(FxRobot robot) throws Exception {
        awaitCells(robot);
        robot.clickOn("#cell-0-0");
        assertThat(panelTitle(robot)).isEqualTo("Booking · Segment 1  (n = 1)");

        robot.clickOn("#cell-1-1");
        assertThat(panelTitle(robot)).isEqualTo("Security · Segment 2  (n = 300)");

        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        assertThat(panelTitle(robot)).isEqualTo("Security · Segment 1  (n = 1)");

        // New data for the same segment labels: the panel shows the chosen cell's new answers.
        ComboBox<String> segment = robot.lookup("#segmentChoice").query();
        robot.interact(() -> segment.getSelectionModel().select("Customer type"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panelTitle(robot).contains("n = 50"));
        assertThat(panelTitle(robot)).isEqualTo("Security · Segment 1  (n = 50)");

        robot.clickOn(nameCell(robot, "Book"));
        assertThat(panelTitle(robot)).isEqualTo("Select a cell to see its answers");
    }

    /** Booking and Security by nine segments; segment 1 has one answer (50 by customer type), segment 2 has 300. */
    private static ResponseCounts counts(long importId, int first, int second) {
        List<String> labels = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        for (int s = 0; s < SEGMENTS; s++) {
            labels.add("Segment " + (s + 1));
            long n = s == 0 ? (first == 0 ? 1 : 50) : s == 1 ? 300 : 40;
            long[] row = new long[2 * ResponseCounts.VALUES];
            row[4] = n;
            row[ResponseCounts.VALUES + 3] = n;
            rows.add(row);
        }
        return ResponseCounts.fromValues(labels, SCALES, rows);
    }

    private static void awaitCells(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#cell-0-0").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node nameCell(FxRobot robot, String title) {
        return robot.lookup(".frozen-column").match(c -> c instanceof javafx.scene.control.TableCell<?, ?> cell
                && cell.getItem() instanceof HeatmapRow row && row.title().equals(title)).query();
    }

    private static ScrollBar horizontalBar(FxRobot robot) {
        TableView<?> table = robot.lookup("#heatmapTable").query();
        return table.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL).map(ScrollBar.class::cast).findFirst().orElseThrow();
    }

    private static String panelTitle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#distributionTitle").queryAs(Label.class).getText();
    }

    private static double screenX(Node node) {
        Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        return bounds.getMinX();
    }

    private static double screenY(Node node) {
        Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        return bounds.getMinY();
    }
}
