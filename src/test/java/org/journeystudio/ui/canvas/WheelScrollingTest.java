package org.journeystudio.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits;
import javafx.scene.input.ScrollEvent.VerticalTextScrollUnits;
import javafx.stage.Stage;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.editor.EditorController;
import org.journeystudio.ui.editor.StudioClipboard;
import org.journeystudio.ui.fakes.InMemoryLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The map scrolls as far as the platform says a wheel notch goes, and a touchpad's deltas as they come. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class WheelScrollingTest {
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        EditorController editor = new EditorController(SampleMaps.retailer(), new InMemoryLibrary(),
                new StudioClipboard(), () -> { });
        Theme.apply(false);
        Scene scene = new Scene(Views.load(editor), 700, 500);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        scroll = (ScrollPane) scene.lookup("#mapScroll");
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void aWheelNotchMovesTheLinesPerNotchTheSystemGives(FxRobot robot) {
        wheel(robot, false, 0, -40, -3, false, 0);
        assertThat(top()).isCloseTo(120, within(0.5));
        wheel(robot, false, 0, 40, 1, false, 0);
        assertThat(top()).as("one line a notch").isCloseTo(80, within(0.5));
        wheel(robot, false, 0, -40, -1, false, 0);
        wheel(robot, false, 0, -40, -1, false, 0);
        assertThat(top()).as("the scroll pane's own 40 px a notch would make this 40").isCloseTo(160, within(0.5));
    }

    @Test
    void touchpadAndInertiaDeltasPassThroughUnchanged(FxRobot robot) {
        wheel(robot, false, 0, -7.5, -0.19, false, 0);
        assertThat(top()).isCloseTo(7.5, within(0.5));
        wheel(robot, false, 0, -40, -3, true, 0);
        assertThat(top()).as("inertia").isCloseTo(47.5, within(0.5));
        wheel(robot, false, 0, -10, -3, false, 2);
        assertThat(top()).as("two fingers").isCloseTo(57.5, within(0.5));
    }

    @Test
    void shiftTurnsTheWheelSideways(FxRobot robot) {
        wheel(robot, true, 0, -40, -3, false, 0);
        assertThat(left()).isCloseTo(120, within(0.5));
        assertThat(top()).isZero();
    }

    private void wheel(FxRobot robot, boolean shift, double deltaX, double deltaY, double lines, boolean inertia,
                       int touches) {
        robot.interact(() -> scroll.fireEvent(new ScrollEvent(scroll, scroll, ScrollEvent.SCROLL, 200, 200, 200, 200,
                shift, false, false, false, false, inertia, deltaX, deltaY, deltaX, deltaY,
                HorizontalTextScrollUnits.CHARACTERS, 0, VerticalTextScrollUnits.LINES, lines, touches, null)));
    }

    private double top() {
        double spare = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        return scroll.getVvalue() * spare;
    }

    private double left() {
        double spare = scroll.getContent().getLayoutBounds().getWidth() - scroll.getViewportBounds().getWidth();
        return scroll.getHvalue() * spare;
    }
}
