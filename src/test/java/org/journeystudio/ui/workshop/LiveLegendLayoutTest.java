package org.journeystudio.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.fakes.RoomAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The live view's heatmap legend as the real workshop screen lays it out, on a 1366 px laptop and on a wide
 * screen. The scene is laid out off screen: the headless test screen (1280×800) cannot show a bigger window.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
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
            Bounds bounds = LivePage.scene(part);
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
        assertThat(LivePage.scene(mark).getCenterY()).isBetween(LivePage.scene(note).getMinY(), LivePage.scene(note).getMaxY());
    }

    @Test
    void onAWideScreenTheLegendStaysOneRowBesideTheMoodTitle(FxRobot robot) {
        Parent view = showLive(robot, 1920, 1080);
        List<Node> parts = parts((Parent) view.lookup("#legendBox"));
        List<Node> placed = new ArrayList<>(parts);
        placed.add(moodTitle(view));

        assertNoneOverlap(placed);
        Bounds title = LivePage.scene(moodTitle(view));
        for (Node part : parts) {
            assertThat(LivePage.scene(part).getCenterY()).as("row of %s", part)
                    .isBetween(title.getMinY() - 4, title.getMaxY() + 4);
        }
        for (Labeled label : labels(parts)) {
            assertThat(shownText(label)).isEqualTo(label.getText());
        }
    }

    /** The workshop's live page for a room of a few answers, in a window of the given size. */
    private Parent showLive(FxRobot robot, double width, double height) {
        JourneyMap shop = SampleMaps.shop(Ids.next("map"));
        return LivePage.layOut(robot, shop, 4, new RoomAnswers(5).add(SampleMaps.NEW_CUSTOMERS, 0, 4, 3)
                .add(SampleMaps.REGULARS, 2, 2, 1), width, height);
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
                Bounds a = LivePage.shrunk(LivePage.scene(nodes.get(i)));
                Bounds b = LivePage.shrunk(LivePage.scene(nodes.get(j)));
                assertThat(a.intersects(b)).as("%s overlaps %s", nodes.get(i), nodes.get(j)).isFalse();
            }
        }
    }
}
