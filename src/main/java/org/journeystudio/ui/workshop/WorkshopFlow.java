package org.journeystudio.ui.workshop;

import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.workshop.WorkshopLauncher;
import org.journeystudio.workshop.WorkshopSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a workshop from the map editor: starts the session off the FX thread (an error dialog when the server
 * cannot start), puts the workshop screen in the window full screen, and on "End session" (after asking) closes
 * the session and shows the map again. Closing the window ends the session too, so no server outlives the studio.
 */
public final class WorkshopFlow {
    private static final Logger LOG = LoggerFactory.getLogger(WorkshopFlow.class);
    private final EditorSession editor;
    private final WorkshopLauncher launcher;
    private final BackgroundWork work;
    private final Scene scene;
    private final Runnable backToMap;
    private final EventHandler<WindowEvent> closeOnExit = e -> closeSession();
    private boolean starting;
    private WorkshopSession running;
    private WorkshopController screen;

    /**
     * @param editor    the open project whose map the room rates
     * @param scene     the main window's scene, whose root the workshop screen takes over
     * @param backToMap shows the map editor again in {@code scene}
     */
    public WorkshopFlow(EditorSession editor, WorkshopLauncher launcher, BackgroundWork work, Scene scene,
                        Runnable backToMap) {
        this.editor = editor;
        this.launcher = launcher;
        this.work = work;
        this.scene = scene;
        this.backToMap = backToMap;
    }

    /** Starts a session for the map as it is now; does nothing while one is starting or running. */
    public void start() {
        if (starting || running != null) {
            return;
        }
        starting = true;
        JourneyMap map = editor.map();
        work.run(BackgroundWork.task(Messages.text("workshop.starting"), cancelled -> launcher.start(map.id(), map)),
                session -> {
                    starting = false;
                    show(session, map);
                },
                failure -> {
                    starting = false;
                    Dialogs.error(scene.getWindow(), Messages.text("workshop.couldNotStart"), failure);
                });
    }

    /** The session being run, if any (for tests). */
    public java.util.Optional<WorkshopSession> session() {
        return java.util.Optional.ofNullable(running);
    }

    private void show(WorkshopSession session, JourneyMap started) {
        running = session;
        screen = new WorkshopController(session, editor, started, new WorkshopController.Host() {
            @Override
            public void endRequested() {
                askToEnd();
            }

            @Override
            public void ended() {
                leave();
            }

            @Override
            public void toggleFullScreen() {
                stage().ifPresent(s -> s.setFullScreen(!s.isFullScreen()));
            }
        });
        // Listen before the first look at the state: a state published in between then still arrives (on the
        // FX thread, so after the screen is built).
        session.addListener(screen.updates());
        Parent view = screen.load();
        if (running != session) {
            return; // the session had already ended when the screen first looked
        }
        scene.setRoot(view);
        stage().ifPresent(s -> {
            s.addEventHandler(WindowEvent.WINDOW_HIDING, closeOnExit);
            // JavaFX's own hint would sit over the middle of the join screen, on the PIN: the screen says it below.
            s.setFullScreenExitHint("");
            s.setFullScreen(true);
        });
    }

    private void askToEnd() {
        if (Dialogs.confirm(scene.getWindow(), Messages.text("workshop.endQuestion"),
                Messages.text("workshop.endExplained"), Messages.text("workshop.endSession"))) {
            leave();
        }
    }

    /** Back to the map; the session closes in the background (stopping a server can take a moment). */
    private void leave() {
        if (running == null) {
            return;
        }
        WorkshopSession ending = running;
        screen.stop();
        running = null;
        screen = null;
        stage().ifPresent(s -> {
            s.removeEventHandler(WindowEvent.WINDOW_HIDING, closeOnExit);
            s.setFullScreen(false);
            s.setFullScreenExitHint(null);
        });
        backToMap.run();
        work.run(BackgroundWork.task(Messages.text("workshop.ending"), cancelled -> {
            ending.close();
            return null;
        }), done -> { }, failure -> Dialogs.error(scene.getWindow(), Messages.text("workshop.didNotStopCleanly"),
                failure));
    }

    /** The window is closing: end the session now, on this thread, before the studio exits. */
    private void closeSession() {
        if (running != null) {
            WorkshopSession ending = running;
            running = null;
            screen.stop();
            try {
                ending.close();
            } catch (RuntimeException e) {
                // The studio is closing anyway; a server that fails to stop must not keep the window open.
                LOG.warn("The workshop server did not stop cleanly", e);
            }
        }
    }

    private java.util.Optional<Stage> stage() {
        return scene.getWindow() instanceof Stage s ? java.util.Optional.of(s) : java.util.Optional.empty();
    }
}
