package org.journeystudio.ui.editor;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.journeystudio.editing.SaveQueue;
import org.journeystudio.editing.SaveState;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ProjectLibrary;

/**
 * The editor's save sink: hands every committed map to a {@link SaveQueue} (which writes off the FX thread)
 * and publishes on the FX thread whether the project is saved, for the title and status bar.
 */
public final class AutoSaver implements Consumer<JourneyMap> {
    /** How long closing waits for the library before it gives up and says the changes may be lost. */
    static final Duration CLOSE_LIMIT = Duration.ofSeconds(30);

    private final SaveQueue queue;
    /** The number of the latest map handed in; touched on the FX thread only, so "is this the latest?" needs no lock. */
    private long latest;
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(SaveState.SAVED);

    /** What writes each map: the library's save until a team library's editing takes over. */
    private volatile SaveQueue.Saver through;

    public AutoSaver(ProjectLibrary library) {
        this.through = library::save;
        this.queue = new SaveQueue(map -> through.save(map), new SaveQueue.Outcome() {
            @Override
            public void saved(long number) {
                // A newer map may have come in meanwhile: only the latest one's save makes the project "Saved".
                Platform.runLater(() -> {
                    if (number == latest) {
                        state.set(SaveState.SAVED);
                    }
                });
            }

            @Override
            public void failed(long number, String problem) {
                Platform.runLater(() -> state.set(SaveState.notSaved(problem)));
            }
        });
    }

    /** Queues {@code map} to be saved; returns at once. Call on the FX thread, as the editor session does. */
    @Override
    public void accept(JourneyMap map) {
        state.set(SaveState.SAVING);
        latest = queue.submit(map);
    }

    /** Saves every later map through {@code saver} (a team library's save over the version the editor has). */
    public void saveThrough(SaveQueue.Saver saver) {
        this.through = saver;
    }

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public SaveState state() {
        return state.get();
    }

    /** Completes (off the FX thread) once every map handed in so far is written: empty, or why the latest save failed. */
    public CompletableFuture<Optional<String>> whenSaved() {
        return queue.drained();
    }

    /**
     * Writes what is queued, then stops saving. Nothing waits: the future completes off the FX thread, empty when
     * the latest map is in the library, else why not (also when the library took longer than 30 s).
     */
    public CompletableFuture<Optional<String>> close() {
        return queue.finish(CLOSE_LIMIT);
    }
}
