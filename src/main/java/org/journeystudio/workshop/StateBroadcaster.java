package org.journeystudio.workshop;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells listeners about a changed session at most once per interval, on a thread of its own: 200 phones
 * answering in the same second give the facilitator's screen a few updates, not 200.
 */
final class StateBroadcaster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StateBroadcaster.class);

    private final Supplier<WorkshopState> state;
    private final List<Consumer<WorkshopState>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final ScheduledExecutorService thread;

    StateBroadcaster(String sessionId, Supplier<WorkshopState> state, Duration interval) {
        this.state = state;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "workshop-listeners-" + sessionId);
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(1, interval.toMillis());
        thread.scheduleAtFixedRate(this::tellIfChanged, millis, millis, TimeUnit.MILLISECONDS);
    }

    void add(Consumer<WorkshopState> listener) {
        listeners.add(listener);
    }

    /** Marks the state changed; listeners hear of it at the next tick. */
    void changed() {
        changed.set(true);
    }

    /** Tells the listeners the final state once more, then stops. */
    @Override
    public void close() {
        thread.execute(this::tell);
        thread.shutdown();
        try {
            if (!thread.awaitTermination(2, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tellIfChanged() {
        if (changed.getAndSet(false)) {
            tell();
        }
    }

    private void tell() {
        WorkshopState now = state.get();
        for (Consumer<WorkshopState> listener : listeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                // One broken listener must not keep the others, or later updates, from arriving.
                LOG.warn("A workshop listener failed", e);
            }
        }
    }
}
