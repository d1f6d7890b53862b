package org.journeystudio.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation on a 1024×768 projector: every lane of a stage in the window, lane titles kept while stages move. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class PresentationFitTest {
    private final JourneyMap map = SampleMaps.retailer();
    private final AtomicReference<Presentation> presentation = new AtomicReference<>();

    @Start
    void start(Stage editor) {
        // Full screen needs a focused window to come from, as the editor is in the studio.
        editor.setScene(new Scene(new StackPane(), 200, 100));
        editor.show();
        Presentation shown = Presentation.open(map, editor);
        shown.stage().setFullScreen(false);
        shown.stage().setX(0);
        shown.stage().setY(0);
        shown.stage().setWidth(1024);
        shown.stage().setHeight(768);
        presentation.set(shown);
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (presentation.get() != null) {
            robot.interact(() -> presentation.get().stage().close());
        }
    }

    @Test
    void everyLaneOfTheStageFitsAndTheLaneTitlesStayWhileStagesMove(FxRobot robot) {
        Stage stage = presentation.get().stage();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isEqualTo(1024);
        List<Label> titles = laneTitles(stage);
        assertThat(titles).hasSizeGreaterThanOrEqualTo(map.lanes().size());
        assertInside(stage, titles);
        assertInside(stage, List.of(stage.getScene().lookup("#present-stage-" + map.stages().get(0).id())));
        List<Double> xs = titles.stream().map(t -> screen(t).getMinX()).toList();

        for (int i = 0; i < 4; i++) {
            robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(presentation.get().currentStage()).isEqualTo(4);
        assertInside(stage, titles);
        assertThat(titles.stream().map(t -> screen(t).getMinX()).toList()).isEqualTo(xs);
        assertInside(stage, List.of(stage.getScene().lookup("#present-stage-" + map.stages().get(4).id())));
    }

    private static List<Label> laneTitles(Stage stage) {
        List<Label> titles = new ArrayList<>();
        stage.getScene().getRoot().lookupAll(".present-lane-title").forEach(n -> titles.add((Label) n));
        return titles;
    }

    /** Each node lies wholly inside the part of the window that shows the map (between header and footer). */
    private static void assertInside(Stage stage, List<? extends Node> nodes) {
        Node viewport = laneTitles(stage).get(0).getParent().getParent();
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        assertThat(shown.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight());
        for (Node node : nodes) {
            Bounds bounds = node.localToScene(node.getBoundsInLocal());
            assertThat(bounds.getMinX()).as("%s left", node).isGreaterThanOrEqualTo(shown.getMinX() - 0.5);
            assertThat(bounds.getMinY()).as("%s top", node).isGreaterThanOrEqualTo(shown.getMinY() - 0.5);
            assertThat(bounds.getMaxX()).as("%s right", node).isLessThanOrEqualTo(shown.getMaxX() + 0.5);
            assertThat(bounds.getMaxY()).as("%s bottom", node).isLessThanOrEqualTo(shown.getMaxY() + 0.5);
        }
    }

    private static Bounds screen(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }
}
