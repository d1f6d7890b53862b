package org.journeystudio.render;

import java.util.List;
import java.util.Locale;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.Box;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;

/** Lays out the change list: a band per stage, and under it each touchpoint's tags, title and changed fields. */
final class CompareChangeList {
    private static final double BAND = 26;
    private static final double TAG_HEIGHT = 16;
    private static final double INDENT = 28;
    private static final int LINES_PER_FIELD = 3;

    private CompareChangeList() {
    }

    /** Lays the list out from {@code top}; returns its height. */
    static double layOut(CompareMarks marks, List<CompareChanges.StageChanges> stages, double top, double width) {
        double y = top;
        if (stages.isEmpty()) {
            marks.text(0, y + 14, Messages.text("comparison.nothingChanged"), CompareType.BODY,
                    Palette.INK_MUTED, width);
            return 22;
        }
        for (CompareChanges.StageChanges stage : stages) {
            marks.rect(new Box(0, y, width, BAND), Palette.LANE_HEADER, null, 0);
            marks.rect(new Box(0, y, 4, BAND), Palette.STAGE_HEADER, null, 0);
            String name = stage.stage().isBlank() ? Messages.text("comparison.unnamedStage") : stage.stage();
            marks.text(14, CompareType.STRONG.baselineIn(y, BAND), name, CompareType.STRONG, Palette.INK, width - 28);
            y += BAND + 8;
            for (CompareChanges.Entry entry : stage.entries()) {
                y += entry(marks, entry, y, width) + 8;
            }
            y += 6;
        }
        return y - top;
    }

    private static double entry(CompareMarks marks, CompareChanges.Entry entry, double top, double width) {
        double x = 14;
        for (CompareChanges.Kind kind : entry.kinds()) {
            String label = Messages.text("comparison.kind." + kind.name().toLowerCase(Locale.ROOT))
                    .toUpperCase(Messages.language().locale());
            double w = CompareType.TAG.width(label) + 12;
            marks.rect(new Box(x, top, w, TAG_HEIGHT), tagFill(kind), null, 0);
            marks.text(x + 6, CompareType.TAG.baselineIn(top, TAG_HEIGHT), label, CompareType.TAG, tagInk(kind), w);
            x += w + 6;
        }
        String title = entry.title().isBlank() ? Messages.text("comparison.untitledTouchpoint") : entry.title();
        marks.text(x + 4, CompareType.STRONG.baselineIn(top, TAG_HEIGHT), title, CompareType.STRONG, Palette.INK,
                width - x - 4);
        double height = TAG_HEIGHT + 4;
        for (String detail : entry.details()) {
            height += marks.wrapped(INDENT, top + height, detail, CompareType.BODY, Palette.INK_SOFT, width - INDENT,
                    LINES_PER_FIELD);
        }
        return height;
    }

    private static Rgb tagFill(CompareChanges.Kind kind) {
        return switch (kind) {
            case ADDED -> Palette.OPPORTUNITY_NOTE;
            case REMOVED -> Palette.PAIN_NOTE;
            default -> Palette.CHANNEL_PILL;
        };
    }

    private static Rgb tagInk(CompareChanges.Kind kind) {
        return switch (kind) {
            case ADDED -> Palette.OPPORTUNITY_EDGE.darker();
            case REMOVED -> Palette.PAIN_EDGE_SEVERE;
            default -> Palette.INK_SOFT;
        };
    }
}
