package org.journeystudio.layout;

/**
 * The measures a {@link MapLayout} is built from. The text measures are an estimate of the painting font
 * (an average glyph width per character), so the layout stays free of any toolkit and every painter —
 * the window and each exporter — gets the same boxes and the same wrapped lines.
 *
 * @param laneHeaderWidth   width of the lane titles on the left
 * @param stageHeaderHeight height of the stage names along the top
 * @param cellPadding       space between a cell's edge and what it holds
 * @param cardHeight        height of one touchpoint card
 * @param cardGap           vertical space between stacked cards, notes and labels
 * @param emotionLaneHeight height of the emotion lane, whose curve spans it from +2 (top) to −2 (bottom)
 * @param lineHeight        height of one line of note or label text
 * @param charWidth         average width of one character of note or label text
 * @param notePadding       space between a sticky note's edge and its text
 * @param minLaneHeight     the smallest height of any lane, so an empty lane still reads as a row
 */
public record LayoutStyle(
        double laneHeaderWidth,
        double stageHeaderHeight,
        double cellPadding,
        double cardHeight,
        double cardGap,
        double emotionLaneHeight,
        double lineHeight,
        double charWidth,
        double notePadding,
        double minLaneHeight) {

    /** The measures the window and the exporters use unless told otherwise. */
    public static final LayoutStyle DEFAULT = new LayoutStyle(168, 64, 12, 76, 10, 160, 17, 6.6, 8, 56);

    public LayoutStyle {
        positive("laneHeaderWidth", laneHeaderWidth);
        positive("stageHeaderHeight", stageHeaderHeight);
        notNegative("cellPadding", cellPadding);
        positive("cardHeight", cardHeight);
        notNegative("cardGap", cardGap);
        positive("emotionLaneHeight", emotionLaneHeight);
        positive("lineHeight", lineHeight);
        positive("charWidth", charWidth);
        notNegative("notePadding", notePadding);
        positive("minLaneHeight", minLaneHeight);
        if (emotionLaneHeight <= 2 * cellPadding) {
            throw new IllegalArgumentException("The emotion lane (" + emotionLaneHeight
                    + ") must be taller than twice the cell padding (" + cellPadding + ")");
        }
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("Layout measure " + name + " must be positive, not " + value);
        }
    }

    private static void notNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("Layout measure " + name + " must be 0 or more, not " + value);
        }
    }
}
