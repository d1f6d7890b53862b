package org.journeystudio.app;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.journeystudio.store.ProjectLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library the studio shows and what ends with it: the live workshops' server (made on a workshop's first start)
 * and the window's editor with its team link (the project watch). Switching to another library (home ▸ connect to
 * a team library) ends the old library's workshops at once, then leaves its window (the last save written, the watch
 * closed) and only then closes the old library, so nothing is written to a closed library.
 */
final class LibrarySwitch {
    private static final Logger LOG = LoggerFactory.getLogger(LibrarySwitch.class);

    /**
     * One shown library and what must end with it.
     *
     * @param workshops ends the library's running workshops (nothing to do for a library that has none)
     * @param leave     closes the window's editor and team link; completes once its last save is done
     */
    record Shown(ProjectLibrary library, AutoCloseable workshops, Supplier<CompletableFuture<?>> leave) {
    }

    private Shown shown;

    /** The library shown now, or null before the first. */
    synchronized ProjectLibrary library() {
        return shown == null ? null : shown.library();
    }

    /**
     * Shows {@code next} from now on; returns what completes once everything of the library shown before is closed.
     * Call on the thread the window's {@code leave} wants (the FX thread in the studio).
     */
    synchronized CompletableFuture<Void> switchTo(Shown next) {
        Shown old = shown;
        shown = next;
        if (old == null) {
            return CompletableFuture.completedFuture(null);
        }
        closeQuietly(old.workshops(), "the workshops of " + old.library().location());
        return old.leave().get().handle((done, failure) -> null)
                .thenRun(() -> closeQuietly(old.library(), "the library " + old.library().location()));
    }

    /** On quitting, after the last save: ends the shown library's workshops and closes it. */
    synchronized void close() {
        if (shown != null) {
            closeQuietly(shown.workshops(), "the workshops of " + shown.library().location());
            closeQuietly(shown.library(), "the library " + shown.library().location());
        }
    }

    private static void closeQuietly(AutoCloseable closeable, String what) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.error("Could not close {} cleanly", what, e);
        }
    }
}
