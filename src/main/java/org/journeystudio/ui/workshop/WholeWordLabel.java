package org.journeystudio.ui.workshop;

import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A wrapping label that never gets narrower than its longest word, so that its lines break only between words.
 * JavaFX breaks a word that does not fit on a line in the middle ("Small-busi" / "ness"), and a layout pane
 * shrinks a label down to its minimum width, which for a plain label is just an ellipsis.
 */
final class WholeWordLabel extends Label {
    private final double widest;

    /**
     * @param text   what the label says
     * @param widest the most its longest word may claim, so that one very long word cannot widen its column
     *               without end (past that the word is broken, as any label would)
     */
    WholeWordLabel(String text, double widest) {
        super(text);
        this.widest = widest;
        setWrapText(true);
    }

    /**
     * The width of the widest word of {@code text} in {@code font}. JavaFX wraps only at white space, so a
     * hyphenated word ("Small-business") is one word here.
     */
    static double longestWord(String text, Font font) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        Text measure = new Text();
        measure.setFont(font);
        double longest = 0;
        for (String word : text.strip().split("\\s+")) {
            measure.setText(word);
            longest = Math.max(longest, measure.getLayoutBounds().getWidth());
        }
        return longest;
    }

    /** The narrowest {@code label} can be and still wrap its text only between words. */
    static double wholeWordWidth(Labeled label) {
        // One pixel spare: a wrapping width that equals the word's fractional width can still break it.
        return Math.ceil(longestWord(label.getText(), label.getFont())) + 1
                + label.snappedLeftInset() + label.snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(super.computeMinWidth(height), Math.min(widest, wholeWordWidth(this)));
    }
}
