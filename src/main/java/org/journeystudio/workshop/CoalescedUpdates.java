package org.journeystudio.workshop;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values arriving on any thread to the UI thread, newest only: while one hand-over is queued, later values
 * replace the waiting one instead of queueing more. A burst of answers thus costs the UI thread one redraw, and
 * the view is never more than one queued task behind the server.
 *
 * @param <T> the kind of value, e.g. a session's state
 */
public final class CoalescedUpdates<T> implements Consumer<T> {
    private final Executor uiThread;
    private final Consumer<T> apply;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean stopped;

    /**
     * @param uiThread runs a task on the UI thread ({@code Platform::runLater})
     * @param apply    shows a value; called on the UI thread only
     */
    public CoalescedUpdates(Executor uiThread, Consumer<T> apply) {
        this.uiThread = uiThread;
        this.apply = apply;
    }

    /** Takes a new value; call from any thread. */
    @Override
    public void accept(T value) {
        if (stopped) {
            return;
        }
        latest.set(value);
        if (pending.compareAndSet(false, true)) {
            uiThread.execute(this::deliver);
        }
    }

    /** Drops what is waiting and ignores anything later (the view has gone). */
    public void stop() {
        stopped = true;
        latest.set(null);
    }

    private void deliver() {
        // Clear the flag before taking the value: a value arriving after this line queues a new delivery.
        pending.set(false);
        T value = latest.getAndSet(null);
        if (value != null && !stopped) {
            apply.accept(value);
        }
    }
}
