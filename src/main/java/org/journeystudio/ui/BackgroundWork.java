package org.journeystudio.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs long work (import, export, opening a big project) off the FX thread, one task at a time, and tells
 * the window whether something is running and what, so it can show progress.
 */
public final class BackgroundWork implements AutoCloseable {
    private final ExecutorService executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final java.util.List<Task<?>> running = new java.util.ArrayList<>();

    public BackgroundWork() {
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "journey-studio-work");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts {@code task}; exactly one of the callbacks runs afterwards on the FX thread (none if cancelled).
     * Must be called on the FX thread.
     */
    public <T> Task<T> run(Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.add(task);
        busy.set(true);
        message.set(task.getTitle());
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                finished(task);
                if (state == Worker.State.SUCCEEDED) {
                    onSuccess.accept(task.getValue());
                } else if (state == Worker.State.FAILED) {
                    onFailure.accept(task.getException());
                }
            }
        });
        executor.execute(task);
        return task;
    }

    /** Asks every running task to stop; each stops at its next safe point and changes nothing after it. */
    public void cancelAll() {
        java.util.List.copyOf(running).forEach(Task::cancel);
    }

    private void finished(Task<?> task) {
        running.remove(task);
        if (running.isEmpty()) {
            busy.set(false);
            message.set("");
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** A task from a plain function, titled for the status bar. Create it on the FX thread. */
    public static <T> Task<T> task(String title, Work<T> work) {
        return new Task<>() {
            {
                updateTitle(title);
            }

            @Override
            protected T call() throws Exception {
                return work.call(this::isCancelled);
            }
        };
    }

    /** Work that may throw, run in a task; it checks {@code cancelled} before any step that changes something. */
    @FunctionalInterface
    public interface Work<T> {
        T call(java.util.function.BooleanSupplier cancelled) throws Exception;
    }

    /** Stops work whose task was cancelled, before its next change. */
    public static void stopIf(java.util.function.BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("Cancelled");
        }
    }
}
