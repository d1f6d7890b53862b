package org.journeystudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.journeystudio.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

@UiTest
class BackgroundWorkTest {
    private final BackgroundWork work = new BackgroundWork();
    private final CopyOnWriteArrayList<Object> outcomes = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        work.close();
    }

    @Test
    void runsOffTheFxThreadAndReportsTheResultOnIt() throws Exception {
        AtomicBoolean onFxThread = new AtomicBoolean(true);
        start(BackgroundWork.task("Counting", cancelled -> {
            onFxThread.set(javafx.application.Platform.isFxApplicationThread());
            return 42;
        }));
        waitUntilIdle();
        assertThat(onFxThread).isFalse();
        assertThat(outcomes).containsExactly(42);
    }

    @Test
    void saysWhatIsRunningWhileItRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        start(BackgroundWork.task("Importing big.journey.json…", cancelled -> release.await(5, TimeUnit.SECONDS)));
        assertThat(work.busyProperty().get()).isTrue();
        assertThat(work.messageProperty().get()).isEqualTo("Importing big.journey.json…");
        release.countDown();
        waitUntilIdle();
        assertThat(work.messageProperty().get()).isEmpty();
    }

    @Test
    void aFailureReachesTheFailureCallback() throws Exception {
        start(BackgroundWork.task("Failing", cancelled -> {
            throw new java.io.IOException("disk full");
        }));
        waitUntilIdle();
        assertThat(outcomes).singleElement().isInstanceOf(java.io.IOException.class);
    }

    @Test
    void cancelledWorkStopsBeforeItsChangeAndReportsNothing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean changed = new AtomicBoolean();
        start(BackgroundWork.task("Slow", cancelled -> {
            started.countDown();
            while (!cancelled.getAsBoolean()) {
                Thread.onSpinWait();
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Cancelled");
            }
            changed.set(true);
            return "done";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.asyncFx(work::cancelAll).get(5, TimeUnit.SECONDS);
        waitUntilIdle();
        assertThat(changed).isFalse();
        assertThat(outcomes).isEmpty();
    }

    @Test
    void aNewerRequestOfAKindWinsEvenWhenTheOlderFinishesLater() throws Exception {
        BackgroundWork.Kind counts = work.kind("counts");
        CountDownLatch olderMayFinish = new CountDownLatch(1);
        CountDownLatch olderStarted = new CountDownLatch(1);
        CountDownLatch olderFinished = new CountDownLatch(1);
        submit(counts, heldUntil(olderStarted, olderMayFinish, olderFinished, "older"));
        assertThat(olderStarted.await(5, TimeUnit.SECONDS)).isTrue();
        submit(counts, BackgroundWork.task("newer", cancelled -> "newer"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> outcomes.contains("newer"));

        olderMayFinish.countDown();
        assertThat(olderFinished.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(outcomes).containsExactly("newer");
        assertThat(counts.runningProperty().get()).isFalse();
    }

    @Test
    void aResultStillOnItsWayToTheFxThreadWhenANewerRequestStartsIsDropped() throws Exception {
        BackgroundWork.Kind counts = work.kind("counts");
        Task<String> older = BackgroundWork.task("older", cancelled -> "older");
        WaitForAsyncUtils.asyncFx(() -> {
            counts.submit(older, outcomes::add, outcomes::add);
            // The older task finishes while the FX thread is busy here, so its result is queued behind us.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!older.isDone() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            counts.submit(BackgroundWork.task("newer", cancelled -> "newer"), outcomes::add, outcomes::add);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> outcomes.contains("newer"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(older::getState).get(5, TimeUnit.SECONDS)).isEqualTo(javafx.concurrent.Worker.State.SUCCEEDED);
        assertThat(outcomes).containsExactly("newer");
    }

    @Test
    void anOlderRequestThatWouldFinishAfterANewerOneIsCancelled() throws Exception {
        BackgroundWork.Kind counts = work.kind("counts");
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean olderSawCancel = new AtomicBoolean();
        submit(counts, BackgroundWork.task("older", cancelled -> {
            started.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!cancelled.getAsBoolean() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            olderSawCancel.set(cancelled.getAsBoolean());
            return "older";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        submit(counts, BackgroundWork.task("newer", cancelled -> "newer"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> olderSawCancel.get() && outcomes.contains("newer"));
        assertThat(outcomes).containsExactly("newer");
    }

    @Test
    void aCancelledRequestReportsNothingAndTheKindIsIdleAgain() throws Exception {
        BackgroundWork.Kind reading = work.kind("reading");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        submit(reading, heldUntil(started, release, finished, "read"));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(reading.runningProperty().get()).isTrue();
        WaitForAsyncUtils.asyncFx(reading::cancel).get(5, TimeUnit.SECONDS);
        assertThat(reading.runningProperty().get()).isFalse();
        release.countDown();
        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(outcomes).isEmpty();
    }

    @Test
    void aFailedRequestGivesTheUserASentenceNotAStackTrace() throws Exception {
        BackgroundWork.Kind reading = work.kind("reading");
        submit(reading, BackgroundWork.task("Reading…", cancelled -> {
            throw new java.io.IOException("The disk is full.");
        }));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !outcomes.isEmpty());
        assertThat(outcomes).containsExactly("failed: The disk is full.");
        assertThat(reading.runningProperty().get()).isFalse();
    }

    @Test
    void aKindFollowsTheProgressAndMessageOfItsNewestRequest() throws Exception {
        BackgroundWork.Kind importing = work.kind("import");
        CountDownLatch mayReport = new CountDownLatch(1);
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        submit(importing, BackgroundWork.measured("Importing…", progress -> {
            awaitIgnoringInterrupts(mayReport);
            progress.report(5, 10, "Imported 5 of 10 rows…");
            reported.countDown();
            awaitIgnoringInterrupts(release);
            return 10L;
        }));
        assertThat(importing.messageProperty().get()).isEqualTo("Importing…");
        mayReport.countDown();
        assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();
        // Progress and message reach the FX thread in separate updates.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> importing.progressProperty().get() == 0.5
                && importing.messageProperty().get().equals("Imported 5 of 10 rows…"));
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> outcomes.contains(10L));
        assertThat(importing.messageProperty().get()).isEmpty();
        assertThat(importing.progressProperty().get()).isZero();
    }

    private void submit(BackgroundWork.Kind kind, Task<?> task) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> kind.submit(task, outcomes::add, message -> outcomes.add("failed: " + message)))
                .get(5, TimeUnit.SECONDS);
    }

    /** A task that says it started, waits for {@code release} (ignoring a cancel), says it finished. */
    private static Task<String> heldUntil(CountDownLatch started, CountDownLatch release, CountDownLatch finished,
                                          String value) {
        return BackgroundWork.task(value, cancelled -> {
            started.countDown();
            awaitIgnoringInterrupts(release);
            finished.countDown();
            return value;
        });
    }

    /** Like a slow query that does not notice the interrupt a cancel sends. */
    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                if (latch.await(5, TimeUnit.SECONDS)) {
                    break;
                }
                throw new IllegalStateException("never released");
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void start(Task<?> task) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> work.run(task, outcomes::add, outcomes::add)).get(5, TimeUnit.SECONDS);
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !work.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
