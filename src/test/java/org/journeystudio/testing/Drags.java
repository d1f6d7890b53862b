package org.journeystudio.testing;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A real mouse drag through the window for UI tests: the gestures see a press, moves in between and a release. */
public final class Drags {
    private Drags() {
    }

    /** Presses at {@code from}, moves to {@code to} in five steps and releases there (screen coordinates). */
    public static void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 5; i++) {
            robot.moveTo(from.add(to.subtract(from).multiply(i / 5.0)));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
