package org.journeystudio.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The watch sees work that holds the FX thread, by CPU or by waiting, and says where; an idle thread shows none. */
@UiTest
class FxStallWatchTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void computingOnTheFxThreadIsAStallAndTheReportSaysWhere() throws Exception {
        try (FxStallWatch watch = started()) {
            WaitForAsyncUtils.asyncFx(() -> computeFor(300)).get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(watch.longestStallMillis()).isBetween(250L, 2_000L);
            // Where: the test's own code (the JIT may inline computeFor into the lambda, so the class, not the method).
            assertThat(watch.report()).contains("FxStallWatchTest");
        }
    }

    @Test
    void waitingOnTheFxThreadIsAStallToo() throws Exception {
        try (FxStallWatch watch = started()) {
            WaitForAsyncUtils.asyncFx(() -> {
                Thread.sleep(300);
                return null;
            }).get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(watch.longestStallMillis()).isGreaterThanOrEqualTo(200L);
            assertThat(watch.report()).contains("TIMED_WAITING", "Thread.sleep");
        }
    }

    @Test
    void anIdleFxThreadHasNoStallAndResetForgetsOne() throws Exception {
        try (FxStallWatch watch = started()) {
            Thread.sleep(300);
            assertThat(watch.longestStallMillis()).isLessThan(50L);
            WaitForAsyncUtils.asyncFx(() -> computeFor(150)).get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(watch.longestStallMillis()).isGreaterThanOrEqualTo(100L);
            watch.reset();
            assertThat(watch.longestStallMillis()).isLessThan(50L);
        }
    }

    /** A watch that has seen the FX thread once, so it knows which thread to look at. */
    private static FxStallWatch started() throws Exception {
        FxStallWatch watch = FxStallWatch.start();
        Thread.sleep(50);
        WaitForAsyncUtils.waitForFxEvents();
        return watch;
    }

    /** Keeps the calling thread computing for {@code millis} of CPU time, however busy the machine is. */
    private static void computeFor(long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (threads.getCurrentThreadCpuTime() < until) {
            Thread.onSpinWait();
        }
    }
}
