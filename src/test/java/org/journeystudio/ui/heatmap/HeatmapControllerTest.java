package org.journeystudio.ui.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.RatingScale;
import org.journeystudio.ratings.HeatmapRow;
import org.journeystudio.store.RatingSource;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.store.ResponseImport;
import org.journeystudio.store.StoredImport;
import org.journeystudio.testing.FxStallWatch;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching segments reads the counts in the background: the FX thread stays free while a slow query runs, and
 * the newest choice is what the table shows even when an older query answers after it.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class HeatmapControllerTest {
    private static final AnswerScale ONE_TO_FIVE = AnswerScale.of(RatingScale.ONE_TO_FIVE);
    private static final List<AnswerScale> SCALES = List.of(ONE_TO_FIVE, ONE_TO_FIVE);
    private final BackgroundWork work = new BackgroundWork();
    /** The counts by travel class answer only when the test lets them. */
    private final CountDownLatch travelClassMayAnswer = new CountDownLatch(1);
    private final CountDownLatch travelClassAnswered = new CountDownLatch(1);
    private final List<String> queries = new ArrayList<>();
    private volatile long queryMillis;

    @Start
    void start(Stage stage) {
        ResponseImport header = new ResponseImport("aurora", "survey.csv", Instant.parse("2026-03-01T09:00:00Z"),
                "Google Forms", RatingSource.IMPORTED, List.of("Travel class", "Customer type"),
                List.of(new ResponseImport.RatedColumn("Booking", ONE_TO_FIVE, "tp-0"),
                        new ResponseImport.RatedColumn("Security", ONE_TO_FIVE, "tp-4")));
        HeatmapController heatmap = new HeatmapController(this::counts, work, SampleMaps.airline("aurora"),
                new StoredImport(7, header, 4, 0), () -> { }, null, (name, extension) -> Optional.empty());
        Theme.apply(false);
        Scene scene = new Scene(heatmap.load(), 1100, 700);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        travelClassMayAnswer.countDown();
        FxToolkit.hideStage();
        work.close();
    }

    @Test
    void theNewestSegmentChoiceWinsWhenAnOlderQueryAnswersLater(FxRobot robot) throws Exception {
        // The table opened on travel class; that query is still waiting. Now the user picks customer type.
        choose(robot, "Customer type");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headers(robot).contains("Returning"));

        travelClassMayAnswer.countDown();
        assertThat(travelClassAnswered.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(headers(robot)).containsExactly("Touchpoint", "First-time", "Returning", "All");
        // Booking by customer type: first-time 5 and 3, returning 4; all three answers.
        assertThat(text(robot.lookup("#cell-0-0 .cell-value").query())).isEqualTo("4.00");
        assertThat(text(robot.lookup("#cell-0-1 .cell-value").query())).isEqualTo("4.00");
        assertThat(text(robot.lookup("#cell-0-2 .cell-n").query())).isEqualTo("n=3 · few");
    }

    @Test
    void switchingSegmentsNeverHoldsTheFxThreadWhileTheQueryRuns(FxRobot robot) throws Exception {
        travelClassMayAnswer.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headers(robot).contains("Business"));
        WaitForAsyncUtils.waitForFxEvents();
        queryMillis = 300;
        try (FxStallWatch watch = FxStallWatch.start()) {
            for (String segment : List.of("Customer type", "Travel class", "Customer type")) {
                choose(robot, segment);
                String label = segment.equals("Customer type") ? "Returning" : "Business";
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> headers(robot).contains(label));
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(watch.longestStallMillis()).as(watch.report()).isLessThan(100);
        }
        assertThat(queries).endsWith("Customer type", "Travel class", "Customer type");
    }

    /** Counts of two rating columns (Booking, Security) by travel class or by customer type, slow on demand. */
    private ResponseCounts counts(long importId, int first, int second) {
        assertThat(importId).isEqualTo(7);
        assertThat(second).as("not crossed").isNegative();
        synchronized (queries) {
            queries.add(first == 0 ? "Travel class" : "Customer type");
        }
        if (first == 0 && travelClassMayAnswer.getCount() > 0) {
            awaitIgnoringInterrupts(travelClassMayAnswer);
            travelClassAnswered.countDown();
        }
        pause(queryMillis);
        return first == 0
                ? ResponseCounts.fromValues(List.of("Business", "Economy"), SCALES,
                        List.of(answers(5, 4), answers(2, 3)))
                : ResponseCounts.fromValues(List.of("First-time", "Returning"), SCALES,
                        List.of(answers(5, 3), answers(4)));
    }

    /** One label's counts: the given Booking answers, and a 3 for Security from each. */
    private static long[] answers(int... booking) {
        long[] counts = new long[2 * ResponseCounts.VALUES];
        for (int value : booking) {
            counts[value]++;
            counts[ResponseCounts.VALUES + 3]++;
        }
        return counts;
    }

    private static void choose(FxRobot robot, String segment) {
        ComboBox<String> choice = robot.lookup("#segmentChoice").query();
        robot.interact(() -> choice.getSelectionModel().select(segment));
    }

    private static List<String> headers(FxRobot robot) {
        TableView<HeatmapRow> table = robot.lookup("#heatmapTable").query();
        try {
            return WaitForAsyncUtils.asyncFx(() -> table.getColumns().stream().map(TableColumn::getText).toList())
                    .get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(javafx.scene.Node node) {
        return ((Labeled) node).getText();
    }

    /** Like a slow query that does not notice the interrupt a cancel sends. */
    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean interrupted = false;
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < until) {
            try {
                Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
