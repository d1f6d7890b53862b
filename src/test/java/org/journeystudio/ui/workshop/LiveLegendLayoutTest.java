package org.journeystudio.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.editor.EditorSession;
import org.journeystudio.ui.fakes.FakeWorkshopSession;
import org.journeystudio.ui.fakes.FakeWorkshops;
import org.journeystudio.ui.fakes.RoomAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live view's heatmap legend as the real workshop screen lays it out, on a 1366 px laptop and on a wide
 * screen. The scene is laid out off screen: the headless test screen (1280×800) cannot show a bigger window.
 */
@ExtendWith(ApplicationExtension.class)
class LiveLegendLayoutTest {
    @Start
    void start(Stage stage) {
        // Nothing to show: each test lays out a scene of its own size.
    }

    @Test
    void atALaptops1366PixelsEveryPartOfTheLegendShowsInFullWithoutOverlapping(FxRobot robot) {
        Parent view = showLive(robot, 1366, 768);
        Parent legend = (Parent) view.lookup("#legendBox");
        List<Node> parts = parts(legend);
        List<Node> placed = new ArrayList<>(parts);
        placed.add(moodTitle(view));

        assertThat(labels(parts)).extracting(Labeled::getText).contains("Mean:", "neutral 3.00 is white");
        assertNoneOverlap(placed);
        Bounds row = view.lookup("#moodBox").localToScene(view.lookup("#moodBox").getLayoutBounds());
        for (Node part : parts) {
            Bounds bounds = scene(part);
            assertThat(bounds.getMinX()).as("left edge of %s", part).isGreaterThanOrEqualTo(row.getMinX());
            assertThat(bounds.getMaxX()).as("right edge of %s", part).isLessThanOrEqualTo(row.getMaxX());
        }
        for (Labeled label : labels(parts)) {
            assertThat(shownText(label)).as("text shown for '%s'", label.getText()).isEqualTo(label.getText());
        }
        // The dashed mark stays on the line of the note that explains it.
        Node mark = parts.stream().filter(p -> p instanceof Rectangle r && !r.getStrokeDashArray().isEmpty())
                .findFirst().orElseThrow();
        Node note = labels(parts).stream().filter(l -> l.getText().startsWith("n below")).findFirst().orElseThrow();
        assertThat(scene(mark).getCenterY()).isBetween(scene(note).getMinY(), scene(note).getMaxY());
    }

    @Test
    void onAWideScreenTheLegendStaysOneRowBesideTheMoodTitle(FxRobot robot) {
        Parent view = showLive(robot, 1920, 1080);
        List<Node> parts = parts((Parent) view.lookup("#legendBox"));
        List<Node> placed = new ArrayList<>(parts);
        placed.add(moodTitle(view));

        assertNoneOverlap(placed);
        Bounds title = scene(moodTitle(view));
        for (Node part : parts) {
            assertThat(scene(part).getCenterY()).as("row of %s", part)
                    .isBetween(title.getMinY() - 4, title.getMaxY() + 4);
        }
        for (Labeled label : labels(parts)) {
            assertThat(shownText(label)).isEqualTo(label.getText());
        }
    }

    /** The workshop's live page for a room of a few answers, in a window of the given size. */
    private Parent showLive(FxRobot robot, double width, double height) {
        JourneyMap shop = WorkshopMaps.shop(Ids.next("map"));
        FakeWorkshopSession session = (FakeWorkshopSession) new FakeWorkshops().start(shop.id(), shop);
        EditorSession editor = new EditorSession(shop, map -> { });
        WorkshopController screen = new WorkshopController(session, editor, shop, new NoHost());
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            Theme.apply(false);
            scene[0] = new Scene(screen.load(), width, height);
            Theme.style(scene[0]);
            session.addListener(screen.updates());
            session.setRevealed(true);
            session.publishAnswers(4, new RoomAnswers(5).add(WorkshopMaps.NEW, 0, 4, 3)
                    .add(WorkshopMaps.REGULAR, 2, 2, 1).counts());
            screen.view().lookup("#startButton").fireEvent(new ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        // A snapshot runs the CSS and layout passes a shown window would, at the scene's size.
        robot.interact(() -> scene[0].snapshot(null));
        assertThat(screen.view().getLayoutBounds().getWidth()).isEqualTo(width);
        assertThat(screen.view().lookup("#livePage").isVisible()).isTrue();
        return screen.view();
    }

    private static Node moodTitle(Parent view) {
        return view.lookupAll(".mood-title").iterator().next();
    }

    /** The legend's smallest parts: labels, the colour ramp and the mark, out of the boxes that group them. */
    private static List<Node> parts(Parent parent) {
        List<Node> parts = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Pane pane) {
                parts.addAll(parts(pane));
            } else {
                parts.add(child);
            }
        }
        return parts;
    }

    private static List<Labeled> labels(List<Node> parts) {
        return parts.stream().filter(Labeled.class::isInstance).map(Labeled.class::cast).toList();
    }

    /** What the label's skin actually draws: its text, or an ellipsis when squeezed. */
    private static String shownText(Labeled label) {
        return label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    private static void assertNoneOverlap(List<Node> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Bounds a = shrunk(scene(nodes.get(i)));
                Bounds b = shrunk(scene(nodes.get(j)));
                assertThat(a.intersects(b)).as("%s overlaps %s", nodes.get(i), nodes.get(j)).isFalse();
            }
        }
    }

    /** Half a pixel less on each side, so that neighbours that merely touch do not count as overlapping. */
    private static Bounds shrunk(Bounds b) {
        return new javafx.geometry.BoundingBox(b.getMinX() + 0.5, b.getMinY() + 0.5,
                Math.max(0, b.getWidth() - 1), Math.max(0, b.getHeight() - 1));
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static final class NoHost implements WorkshopController.Host {
        @Override
        public void endRequested() {
        }

        @Override
        public void ended() {
        }

        @Override
        public void toggleFullScreen() {
        }
    }
}
