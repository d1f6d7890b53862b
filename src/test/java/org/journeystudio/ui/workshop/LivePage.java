package org.journeystudio.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.ActionEvent;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.ui.fakes.FakeWorkshopSession;
import org.journeystudio.ui.fakes.FakeWorkshops;
import org.journeystudio.ui.fakes.RoomAnswers;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workshop's live page laid out off screen at a chosen size (the headless test screen, 1280×800, cannot show
 * a bigger window), and the geometry helpers its layout tests share.
 */
final class LivePage {
    /** A facilitator's window that ignores the screen's requests: layout tests never end a session. */
    static final WorkshopController.Host NO_HOST = new WorkshopController.Host() {
        @Override
        public void endRequested() {
        }

        @Override
        public void ended() {
        }

        @Override
        public void toggleFullScreen() {
        }
    };

    private LivePage() {
    }

    /** The live page of {@code map} with {@code answers} revealed from {@code people} participants, laid out at the size. */
    static Parent layOut(FxRobot robot, JourneyMap map, int people, RoomAnswers answers, double width, double height) {
        FakeWorkshopSession session = (FakeWorkshopSession) new FakeWorkshops().start(map.id(), map);
        EditorSession editor = new EditorSession(map, m -> { });
        WorkshopController screen = new WorkshopController(session, editor, map, NO_HOST);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            Theme.apply(false);
            scene[0] = new Scene(screen.load(), width, height);
            Theme.style(scene[0]);
            session.addListener(screen.updates());
            session.setRevealed(true);
            session.publishAnswers(people, answers.counts());
            screen.view().lookup("#startButton").fireEvent(new ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        // A snapshot runs the CSS and layout passes a shown window would, at the scene's size.
        robot.interact(() -> scene[0].snapshot(null));
        assertThat(screen.view().getLayoutBounds().getWidth()).isEqualTo(width);
        assertThat(screen.view().lookup("#livePage").isVisible()).isTrue();
        return screen.view();
    }

    static Bounds scene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /** Half a pixel less on each side, so that neighbours that merely touch do not count as overlapping. */
    static Bounds shrunk(Bounds b) {
        return new BoundingBox(b.getMinX() + 0.5, b.getMinY() + 0.5, Math.max(0, b.getWidth() - 1),
                Math.max(0, b.getHeight() - 1));
    }
}
