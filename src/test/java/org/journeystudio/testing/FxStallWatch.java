package org.journeystudio.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
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
 * <p>A background thread posts a tick with {@link Platform#runLater} and, once it has run, the next, every 10 ms.
 * While a tick waits, the FX thread is busy with something else. What counts is how long the FX thread was
 * <em>held</em> by that work: the CPU time it used meanwhile, plus the time it was seen waiting inside some work
 * (a lock, a sleep, a blocking call) rather than idle in its event loop. So a shared machine that does not give
 * the FX thread a core for a while, or a garbage collection, does not count; the plain delay is in the report.
 * While a tick waits the watch also samples the FX thread's stack; {@link #report()} shows where it was.
 */
public final class FxStallWatch implements AutoCloseable {
    private static final long TICK_MILLIS = 10;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "fx-stall-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    private volatile long fxThreadId = -1;
    /** While a tick waits: when it was posted, the FX thread's CPU time then, and what was seen since. */
    private long postedAt = -1;
    private long cpuAtPost;
    private long heldWaiting;
    private long lastSample;
    private boolean sawWaiting;
    private String seenDoing = "";
    private long longestHeld;
    private long longestDelay;
    private String longestWhere = "";

    private FxStallWatch() {
        if (threads.isThreadCpuTimeSupported()) {
            threads.setThreadCpuTimeEnabled(true);
        }
        ticker.scheduleAtFixedRate(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Starts watching the (already started) FX thread. */
    public static FxStallWatch start() {
        return new FxStallWatch();
    }

    /** The longest the FX thread was held by work since the start or the last {@link #reset()}, in milliseconds. */
    public long longestStallMillis() {
        synchronized (lock) {
            return TimeUnit.NANOSECONDS.toMillis(Math.max(longestHeld, heldSoFar(System.nanoTime())));
        }
    }

    /** Forgets the stalls so far (for instance those of a page's first layout pass). */
    public void reset() {
        synchronized (lock) {
            longestHeld = 0;
            longestDelay = 0;
            longestWhere = "";
        }
    }

    /** The longest stall, the longest plain delay of a tick, and where the FX thread was in the longest stall. */
    public String report() {
        synchronized (lock) {
            return "the FX thread was held for " + longestStallMillis() + " ms at the longest (ticks waited up to "
                    + TimeUnit.NANOSECONDS.toMillis(longestDelay) + " ms)"
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
            if (postedAt < 0) {
                postedAt = now;
                lastSample = now;
                cpuAtPost = fxCpuTime();
                heldWaiting = 0;
                sawWaiting = false;
                seenDoing = "";
            } else {
                now = -1;
            }
        }
        if (now < 0) {
            sample();
            return;
        }
        Platform.runLater(() -> {
            long ran = System.nanoTime();
            synchronized (lock) {
                if (fxThreadId < 0) {
                    fxThreadId = Thread.currentThread().getId();
                }
                long held = heldSoFar(ran);
                if (held > longestHeld) {
                    longestHeld = held;
                    longestWhere = seenDoing;
                }
                longestDelay = Math.max(longestDelay, ran - postedAt);
                postedAt = -1;
            }
        });
    }

    /**
     * While a tick waits: looks at what the FX thread does. Time between two looks that both found it waiting
     * inside some work counts as held; the first stack seen inside work is kept for the report.
     */
    private void sample() {
        long id = fxThreadId;
        if (id < 0) {
            return;
        }
        ThreadInfo info = threads.getThreadInfo(id, 25);
        long now = System.nanoTime();
        boolean working = info != null && insideWork(info.getStackTrace());
        boolean waitingInWork = working && info.getThreadState() != Thread.State.RUNNABLE;
        synchronized (lock) {
            if (postedAt < 0) {
                return; // the tick ran meanwhile
            }
            if (waitingInWork && sawWaiting) {
                heldWaiting += now - lastSample;
            }
            sawWaiting = waitingInWork;
            lastSample = now;
            if (working && seenDoing.isEmpty()) {
                seenDoing = info.getThreadState() + "\n" + Arrays.stream(info.getStackTrace())
                        .map(frame -> "    at " + frame).collect(Collectors.joining("\n"));
            }
        }
    }

    /**
     * True when the FX thread is running a runnable, an event or a pulse (not one of our ticks), rather than idle
     * in its event loop.
     */
    private static boolean insideWork(StackTraceElement[] stack) {
        boolean work = false;
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            if (name.equals(FxStallWatch.class.getName()) || name.startsWith(FxStallWatch.class.getName() + "$")) {
                return false;
            }
            work |= name.startsWith("com.sun.javafx.application.PlatformImpl") || name.startsWith("com.sun.javafx.tk")
                    || name.startsWith("javafx.") || name.startsWith("org.journeystudio.");
        }
        return work;
    }

    /** What holds the current wait so far: never more than the wait itself. */
    private long heldSoFar(long now) {
        if (postedAt < 0) {
            return 0;
        }
        return Math.min(now - postedAt, Math.max(0, fxCpuTime() - cpuAtPost) + heldWaiting);
    }

    private long fxCpuTime() {
        long cpu = fxThreadId < 0 ? -1 : threads.getThreadCpuTime(fxThreadId);
        // Without CPU times (an unusual JVM) the plain delay is all there is to go by.
        return cpu >= 0 ? cpu : System.nanoTime();
    }
}
