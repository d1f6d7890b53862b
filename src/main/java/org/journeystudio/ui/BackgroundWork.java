package org.journeystudio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.journeystudio.usecase.WorkProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every piece of work the windows run off the FX thread goes through here. {@link #run} runs the window's long
 * work (import, export, opening a big project) one task at a time and says whether something is running and
 * what, for the status bar. A {@link Kind} runs work where only the newest request counts (a view reloading
 * for the segment just picked, a wizard step): it cancels the older request, never reports a stale result,
 * follows the newest task's progress and message, and turns a failure into a sentence for the user.
 */
public final class BackgroundWork implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(daemons("journey-studio-work"));
    /** Kinds get a thread each when needed: a cancelled request still finishing must not hold up the newest. */
    private final ExecutorService newestOnly = Executors.newCachedThreadPool(daemons("journey-studio-view"));
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final List<Task<?>> running = new ArrayList<>();

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
        List.copyOf(running).forEach(Task::cancel);
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

    /** A kind of work where a newer request replaces the older one; {@code name} is for the log. */
    public Kind kind(String name) {
        return new Kind(name);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        newestOnly.shutdownNow();
    }

    /** A task from a plain function, titled for the status bar. Create it on the FX thread. */
    public static <T> Task<T> task(String title, Work<T> work) {
        return measured(title, progress -> work.call(progress::cancelled));
    }

    /** A task whose work reports its progress (bound by the view that shows it). Create it on the FX thread. */
    public static <T> Task<T> measured(String title, MeasuredWork<T> work) {
        return new Task<>() {
            {
                updateTitle(title);
            }

            @Override
            protected T call() throws Exception {
                return work.call(new WorkProgress() {
                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }

                    @Override
                    public void report(long done, long total, String text) {
                        // Task coalesces these into one FX-thread update per pulse, however often they come.
                        updateProgress(done, total > 0 ? Math.max(total, done) : -1);
                        updateMessage(text);
                    }
                });
            }
        };
    }

    /** Work that may throw, run in a task; it checks {@code cancelled} before any step that changes something. */
    @FunctionalInterface
    public interface Work<T> {
        T call(BooleanSupplier cancelled) throws Exception;
    }

    /** Work that reports how far it is and checks {@link WorkProgress#cancelled} before each change. */
    @FunctionalInterface
    public interface MeasuredWork<T> {
        T call(WorkProgress progress) throws Exception;
    }


    private static ThreadFactory daemons(String name) {
        ThreadFactory threads = Executors.defaultThreadFactory();
        return work -> {
            Thread thread = threads.newThread(work);
            thread.setName(name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Requests of one kind, newest first: submitting cancels the request before it, and only the newest one's
     * outcome reaches its callbacks, so an older answer that arrives late never overwrites a newer one. Use on
     * the FX thread.
     */
    public final class Kind {
        private final String name;
        private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "running", false);
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
        private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper(this, "message", "");
        private Task<?> newest;

        private Kind(String name) {
            this.name = name;
        }

        /**
         * Starts {@code task} in place of the running one of this kind. When it is still the newest as it ends,
         * {@code onSuccess} gets its value, or {@code onFailure} a sentence for the user (the exception goes to
         * the log); a cancelled or stale task reports nothing.
         */
        public <T> Task<T> submit(Task<T> task, Consumer<T> onSuccess, Consumer<String> onFailure) {
            Task<?> older = newest;
            newest = task;
            if (older != null) {
                older.cancel();
            }
            active.set(true);
            progress.bind(task.progressProperty());
            said.bind(Bindings.when(task.messageProperty().isEmpty()).then(task.titleProperty())
                    .otherwise(task.messageProperty()));
            task.stateProperty().addListener((obs, old, state) -> {
                if (newest == task && (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED
                        || state == Worker.State.CANCELLED)) {
                    ended();
                    if (state == Worker.State.SUCCEEDED) {
                        onSuccess.accept(task.getValue());
                    } else if (state == Worker.State.FAILED && !(task.getException() instanceof CancellationException)) {
                        LOG.warn("{} failed", name, task.getException());
                        onFailure.accept(Dialogs.reason(task.getException()));
                    }
                }
            });
            newestOnly.execute(task);
            return task;
        }

        /** Stops the running request, if any; it reports nothing. */
        public void cancel() {
            if (newest != null) {
                newest.cancel();
            }
        }

        private void ended() {
            newest = null;
            active.set(false);
            progress.unbind();
            progress.set(0);
            said.unbind();
            said.set("");
        }

        /** True while a request of this kind runs. */
        public ReadOnlyBooleanProperty runningProperty() {
            return active.getReadOnlyProperty();
        }

        /** The running request's progress, 0 to 1, or -1 while unknown. */
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        /** What the running request says it is doing (its title until it says more). */
        public ReadOnlyStringProperty messageProperty() {
            return said.getReadOnlyProperty();
        }
    }
}
