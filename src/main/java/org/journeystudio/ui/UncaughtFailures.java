package org.journeystudio.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches what nothing else caught, on the FX thread (an event handler, a listener) and on any other thread:
 * the stack trace goes to the log and the user gets an {@link InternalErrorDialog}. The FX thread goes on
 * dispatching events, so the window stays usable after a bug in one handler.
 */
public final class UncaughtFailures implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtFailures.class);

    private final Window owner;
    private final Path logFile;
    /** The dialog on screen, if any (FX thread only). */
    private Alert shown;

    private UncaughtFailures(Window owner, Path logFile) {
        this.owner = owner;
        this.logFile = logFile;
    }

    /**
     * Makes a new handler the one for every thread and for the FX thread, whose toolkit sets its own; call on
     * the FX thread. Its dialogs belong to {@code owner} and name {@code logFile}.
     */
    public static UncaughtFailures install(Window owner, Path logFile) {
        UncaughtFailures handler = new UncaughtFailures(owner, logFile);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        try {
            LOG.error("Uncaught failure on thread {}", thread.getName(), failure);
            // Later, not now: the failure may come from layout or an animation, where no dialog may open.
            Platform.runLater(() -> show(failure));
        } catch (Throwable reportingFailed) {
            // Memory gone, or the toolkit already stopped at exit: the log line above is all there can be.
        }
    }

    private void show(Throwable failure) {
        if (shown != null && shown.isShowing()) {
            // One dialog at a time: a bug that fails on every frame must not bury the window under dialogs.
            return;
        }
        try {
            shown = InternalErrorDialog.of(owner, Messages.text("studio.somethingWentWrong"), failure, logFile);
            shown.show();
        } catch (RuntimeException dialogFailed) {
            // Reported here, not rethrown: a dialog that cannot open must not fail again through this handler.
            LOG.error("The error dialog could not be shown", dialogFailed);
        }
    }
}
