package org.journeystudio.ui.canvas;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ProjectLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editor's save sink: saves every committed map to the library on one background thread, so the FX
 * thread never waits for the disk. Maps that arrive while a save runs are coalesced: only the latest one
 * is written next, since each map is complete and an older one would only be overwritten. The state is
 * published on the FX thread for the title bar.
 */
public final class AutoSaver implements Consumer<JourneyMap>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AutoSaver.class);

    private final ProjectLibrary library;
    private final ExecutorService saver;
    private final AtomicReference<Queued> pending = new AtomicReference<>();
    /** How many maps were handed in; touched on the FX thread only, so "is this the latest?" needs no lock. */
    private long handedIn;
    /** Why the latest save failed, or null after a success; read by {@link #flush} on another thread. */
    private volatile String failure;
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(SaveState.SAVED);

    public AutoSaver(ProjectLibrary library) {
        this.library = library;
        this.saver = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "journey-studio-autosave");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues {@code map} to be saved; returns at once. Call on the FX thread, as the editor session does. */
    @Override
    public void accept(JourneyMap map) {
        state.set(SaveState.SAVING);
        if (pending.getAndSet(new Queued(map, ++handedIn)) == null) {
            saver.execute(this::saveLatest);
        }
    }

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public SaveState state() {
        return state.get();
    }

    /**
     * Waits until every queued map is written (the window calls this before going back or closing), at most
     * {@code seconds}. Returns why the map is not safely saved, or empty when it is.
     */
    public java.util.Optional<String> flush(long seconds) {
        if (saver.isShutdown()) {
            return java.util.Optional.ofNullable(failure);
        }
        var done = saver.submit(() -> { });
        try {
            done.get(seconds, TimeUnit.SECONDS);
            return java.util.Optional.ofNullable(failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.of("interrupted while saving");
        } catch (java.util.concurrent.ExecutionException e) {
            return java.util.Optional.of(reason(e));
        } catch (java.util.concurrent.TimeoutException e) {
            return java.util.Optional.of("saving took longer than " + seconds + " seconds");
        }
    }

    /** Flushes, then stops the thread. */
    @Override
    public void close() {
        flush(30);
        saver.shutdown();
    }

    private void saveLatest() {
        Queued queued = pending.getAndSet(null);
        if (queued == null) {
            return;
        }
        try {
            library.save(queued.map());
            failure = null;
            // A newer map may have come in meanwhile: only the latest one's save makes the project "Saved".
            publish(() -> {
                if (queued.number() == handedIn) {
                    state.set(SaveState.SAVED);
                }
            });
        } catch (RuntimeException e) {
            LOG.error("Could not save project {}", queued.map().id(), e);
            failure = reason(e);
            SaveState failed = SaveState.notSaved(failure);
            publish(() -> state.set(failed));
        }
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static void publish(Runnable onFxThread) {
        Platform.runLater(onFxThread);
    }

    /** A map waiting to be saved, numbered in the order it was handed in. */
    private record Queued(JourneyMap map, long number) {
    }
}
