package org.journeystudio.editing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ProjectLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves every committed map to the library on one background thread, so an editor never waits for the disk.
 * Maps that arrive while a save runs are coalesced: only the latest one is written next, since each map is
 * complete and an older one would only be overwritten. Each save's outcome is told on the saving thread.
 */
public final class SaveQueue {
    private static final Logger LOG = LoggerFactory.getLogger(SaveQueue.class);

    /** How each save ended, told on the saving thread with the number {@link #submit} gave the map. */
    public interface Outcome {
        void saved(long number);

        void failed(long number, String problem);
    }

    /** What writes one map: the library's save, or a team library's save over the version the editor has. */
    @FunctionalInterface
    public interface Saver {
        void save(JourneyMap map);
    }

    private final Saver saver;
    private final Outcome outcome;
    private final ExecutorService saving;
    private final AtomicReference<Queued> pending = new AtomicReference<>();
    private final AtomicLong submitted = new AtomicLong();
    /** Why the latest save failed, or null after a success. */
    private volatile String failure;

    public SaveQueue(ProjectLibrary library, Outcome outcome) {
        this(library::save, outcome);
    }

    public SaveQueue(Saver saver, Outcome outcome) {
        this.saver = saver;
        this.outcome = outcome;
        this.saving = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "journey-studio-autosave");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues {@code map} to be saved and returns at once with its number (later maps get higher ones). */
    public long submit(JourneyMap map) {
        long number = submitted.incrementAndGet();
        if (pending.getAndSet(new Queued(map, number)) == null) {
            saving.execute(this::saveLatest);
        }
        return number;
    }

    /**
     * Completes (on the saving thread) once every map submitted before is written: empty, or why the latest
     * save failed. Nothing waits for it.
     */
    public CompletableFuture<Optional<String>> drained() {
        if (saving.isShutdown()) {
            return CompletableFuture.completedFuture(Optional.ofNullable(failure));
        }
        return CompletableFuture.supplyAsync(() -> Optional.ofNullable(failure), saving);
    }

    /**
     * Writes what is queued, then stops the thread. Completes like {@link #drained}, or with the reason
     * "saving took longer than …" when the library has not answered within {@code limit}.
     */
    public CompletableFuture<Optional<String>> finish(Duration limit) {
        CompletableFuture<Optional<String>> done = drained();
        saving.shutdown(); // what is queued still runs, the drain marker last
        return done.orTimeout(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .exceptionally(e -> Optional.of(e instanceof TimeoutException
                        ? "saving took longer than " + limit.toSeconds() + " seconds" : reason(e)));
    }

    private void saveLatest() {
        Queued queued = pending.getAndSet(null);
        if (queued == null) {
            return;
        }
        try {
            saver.save(queued.map());
            failure = null;
            outcome.saved(queued.number());
        } catch (RuntimeException e) {
            LOG.error("Could not save project {}", queued.map().id(), e);
            failure = reason(e);
            outcome.failed(queued.number(), failure);
        }
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** A map waiting to be saved, numbered in the order it was submitted. */
    private record Queued(JourneyMap map, long number) {
    }
}
