package org.journeystudio.render;

import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.model.RatingScale;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;

/** The key under the delta heatmap: the colours of a change, what the bold mark, "n/a" and n mean, and the scale. */
final class CompareKey {
    /** What the mark on a cell means, word for word in every output. */
    private static final double RAMP = 220;
    private static final double SWATCH = 14;

    private CompareKey() {
    }

    /** Lays the key out from {@code top}; returns its height. */
    static double layOut(CompareMarks marks, RatingScale scale, String scaleNote, boolean counted, double top,
                         double width) {
        marks.text(0, top + 10, Messages.text("comparison.key", scale.label()).toUpperCase(Messages.language().locale()),
                CompareType.TAG, Palette.INK_MUTED, width);
        DivergingScale colours = CompareHeatmap.colours(scale);
        int steps = 44;
        for (int i = 0; i < steps; i++) {
            double value = colours.low() + (colours.high() - colours.low()) * (i + 0.5) / steps;
            marks.rect(new Box(RAMP * i / steps, top + 16, RAMP / steps + 0.3, 10), Rgb.of(colours.rgb(value)),
                    null, 0);
        }
        marks.rect(new Box(0, top + 16, RAMP, 10), null, Palette.CARD_BORDER, 0.6);
        double labels = top + 38;
        marks.text(0, labels, Messages.text("comparison.worse", CompareChart.signed(colours.low(), 1)),
                CompareType.SMALL, Palette.INK_MUTED, RAMP / 2);
        marks.centred(RAMP / 2, labels, "0", CompareType.SMALL, Palette.INK_MUTED, 20);
        marks.rightAligned(RAMP, labels, Messages.text("comparison.better", CompareChart.signed(colours.high(), 1)),
                CompareType.SMALL, Palette.INK_MUTED);
        double x = RAMP + 30;
        double rowTop = top + 14;
        swatch(marks, x, rowTop, Palette.PAPER, Palette.INK, CompareHeatmap.MARK_EDGE);
        marks.text(x + SWATCH + 8, rowTop + 11, Messages.text("comparison.markMeaning"), CompareType.SMALL,
                Palette.INK, width - x - SWATCH - 8);
        swatch(marks, x, rowTop + 20, Palette.MISSING_CELL, Palette.CARD_BORDER, 0.6);
        marks.text(x + SWATCH + 8, rowTop + 31, Messages.text("comparison.notApplicableMeaning"),
                CompareType.SMALL, Palette.INK, width - x - SWATCH - 8);
        double height = 46;
        if (counted) {
            marks.text(x + SWATCH + 8, rowTop + 51, Messages.text("comparison.answersMeaning"), CompareType.SMALL,
                    Palette.INK, width - x - SWATCH - 8);
            height = 66;
        }
        if (!scaleNote.isBlank()) {
            height += 6 + marks.wrapped(0, top + height + 6, scaleNote, CompareType.SMALL, Palette.INK_MUTED, width, 3);
        }
        return height;
    }

    private static void swatch(CompareMarks marks, double x, double top, Rgb fill, Rgb edge, double edgeWidth) {
        marks.rect(new Box(x, top, SWATCH, SWATCH), fill, edge, edgeWidth);
    }
}
