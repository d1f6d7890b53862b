package org.journeystudio.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.control.Label;

/**
 * An emotion point's word under it on the canvas, in the box {@link org.journeystudio.layout.EmotionLabels} gives
 * it, so colour is not the only carrier of the emotion. A word wider than that room (a long translation) is left
 * out rather than cut: the point's tooltip and accessible text still say it.
 */
final class PointWord extends Label {
    PointWord(String word) {
        super(word);
        setAlignment(Pos.TOP_CENTER);
        setMouseTransparent(true);
        setFocusTraversable(false);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // Measured here: only now has the canvas CSS given the word its font. Opacity, not visibility, which the
        // node layers keep for themselves.
        double shown = prefWidth(-1) <= getWidth() + 0.5 ? 1 : 0;
        if (getOpacity() != shown) {
            setOpacity(shown);
        }
    }
}
