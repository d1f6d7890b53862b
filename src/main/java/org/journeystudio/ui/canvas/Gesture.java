package org.journeystudio.ui.canvas;

import javafx.scene.input.MouseEvent;

/**
 * One mouse gesture on the canvas, from press to release. While it runs it moves only its own nodes; on
 * release it turns into at most one command, so a whole drag is one undo step.
 */
interface Gesture {
    /** The pointer moved to (x, y) in map coordinates with the button held. */
    void drag(double x, double y, MouseEvent event);

    /** The button was released at (x, y): run the gesture's command, if any, and clear what it showed. */
    void drop(double x, double y, MouseEvent event);

    /** Escape: put back what the gesture moved, and run nothing. */
    void cancel();
}
