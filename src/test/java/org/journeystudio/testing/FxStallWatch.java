package org.journeystudio.testing;

import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;

/**
 * Measures how long the FX application thread was kept busy, so a test can assert that nothing blocked it (file
 * reading, a query, a huge layout): {@code assertThat(watch.longestStallMillis()).as(watch.report()).isLessThan(100)}.
 *
 * <p>A background thread posts one tick with {@link Platform#runLater} and, once it has run, the next, every
 * 10 ms; a tick's delay is how long the FX thread was busy before it got to it. A tick still waiting counts
 * too, so a stall is seen while it lasts. While a tick waits the watch samples the FX thread's stack, and
 * {@link #report()} shows where the thread was during the longest stall.
 */
public final class FxStallWatch implements AutoCloseable {
    private static final long TICK_MILLIS = 10;
    /** Stalls shorter than this are not worth a stack sample. */
    private static final long SAMPLE_AFTER_MILLIS = 30;

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "fx-stall-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    private Thread fxThread;
    private long waitingSince = -1;
    private long longestNanos;
    private String longestWhere = "";

    private FxStallWatch() {
        ticker.scheduleAtFixedRate(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Starts watching the (already started) FX thread. */
    public static FxStallWatch start() {
        return new FxStallWatch();
    }

    /** The longest time the FX thread was busy since the start or the last {@link #reset()}, in milliseconds. */
    public long longestStallMillis() {
        synchronized (lock) {
            return TimeUnit.NANOSECONDS.toMillis(Math.max(longestNanos, waitingNanos(System.nanoTime())));
        }
    }

    /** Forgets the stalls so far (for instance those of the first layout pass). */
    public void reset() {
        synchronized (lock) {
            longestNanos = 0;
            longestWhere = "";
        }
    }

    /** The longest stall and, when it lasted long enough to be sampled, where the FX thread was meanwhile. */
    public String report() {
        synchronized (lock) {
            return "the FX thread was busy for " + longestStallMillis() + " ms at the longest"
                    + (longestWhere.isEmpty() ? "" : ", in:\n" + longestWhere);
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    private void tick() {
        long now = System.nanoTime();
        synchronized (lock) {
            if (waitingSince >= 0) {
                sample(now);
                return;
            }
            waitingSince = now;
        }
        Platform.runLater(() -> {
            long ran = System.nanoTime();
            synchronized (lock) {
                fxThread = Thread.currentThread();
                longestNanos = Math.max(longestNanos, waitingNanos(ran));
                waitingSince = -1;
            }
        });
    }

    /** While a tick waits: notes where the FX thread is when this becomes the longest stall seen. */
    private void sample(long now) {
        long waited = waitingNanos(now);
        if (fxThread != null && waited > longestNanos
                && waited > TimeUnit.MILLISECONDS.toNanos(SAMPLE_AFTER_MILLIS)) {
            longestNanos = waited;
            longestWhere = Arrays.stream(fxThread.getStackTrace()).limit(25)
                    .map(frame -> "    at " + frame).collect(Collectors.joining("\n"));
        }
    }

    private long waitingNanos(long now) {
        return waitingSince < 0 ? 0 : now - waitingSince;
    }
}
