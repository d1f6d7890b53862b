package org.journeystudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
            BackgroundWork.stopIf(cancelled);
            changed.set(true);
            return "done";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.asyncFx(work::cancelAll).get(5, TimeUnit.SECONDS);
        waitUntilIdle();
        assertThat(changed).isFalse();
        assertThat(outcomes).isEmpty();
    }

    private void start(Task<?> task) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> work.run(task, outcomes::add, outcomes::add)).get(5, TimeUnit.SECONDS);
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !work.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
