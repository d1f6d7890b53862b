package org.journeystudio.ui.canvas;

import javafx.scene.Node;

/**
 * A look given to card nodes from outside the canvas, for a view setting that is not part of the map (the
 * satisfaction overlay). The canvas calls it for every live card after each change and scroll, so cards that
 * come into view or are rebuilt get it too; it must be cheap and must undo its own earlier look when that changes.
 */
@FunctionalInterface
interface CardTint {
    /** Leaves cards as the canvas made them. */
    CardTint NONE = (touchpointId, card) -> { };

    void paint(String touchpointId, Node card);
}
