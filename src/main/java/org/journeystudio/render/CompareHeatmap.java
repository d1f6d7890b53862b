package org.journeystudio.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.compare.SatisfactionDelta;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.model.RatingScale;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;

/**
 * The delta heatmap: touchpoints down, segments across, each cell the new rating minus the old on the
 * heatmap's diverging colours (purple better, orange worse), with both ratings and the answers behind them, and
 * a bold edge with ▲ or ▼ where the two 95% intervals do not overlap.
 */
final class CompareHeatmap {
    static final double ROW_HEADER = 250;
    static final double HEADER = 42;
    static final double MIN_COLUMN = 96;
    static final double MAX_COLUMN = 150;
    static final double MARK_EDGE = 2.5;

    private CompareHeatmap() {
    }

    /** The colours of a change: the heatmap's ramp, saturated at half the scale's width either way. */
    static DivergingScale colours(RatingScale scale) {
        double span = (scale.max() - scale.min()) / 2.0;
        return new DivergingScale(-span, 0, span);
    }

    /** Lays the cells out from {@code top}; returns them (their marks go into {@code marks}). */
    static List<CompareLayout.DeltaCell> layOut(CompareMarks marks, List<SatisfactionDelta> deltas, RatingScale scale,
                                                double top, double width) {
        Map<String, String> rows = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, SatisfactionDelta> byCell = new LinkedHashMap<>();
        boolean counted = false;
        for (SatisfactionDelta d : deltas) {
            rows.putIfAbsent(d.touchpointId(), d.touchpoint());
            columns.putIfAbsent(d.segmentId(), d.segment());
            byCell.put(d.touchpointId() + "\n" + d.segmentId(), d);
            counted |= d.nBefore() != null || d.nAfter() != null;
        }
        double columnWidth = Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, (width - ROW_HEADER) / columns.size()));
        double rowHeight = counted ? 52 : 40;
        double x0 = ROW_HEADER;
        marks.rect(new Box(0, top, x0 + columns.size() * columnWidth, HEADER), Palette.STAGE_HEADER, null, 0);
        marks.text(12, CompareType.TAG.baselineIn(top, HEADER), Messages.text("comparison.heatmapAxes"), CompareType.TAG,
                Palette.STAGE_NUMBER, ROW_HEADER - 20);
        int c = 0;
        for (String name : columns.values()) {
            double cx = x0 + (c++ + 0.5) * columnWidth;
            List<String> lines = TextFit.wrap(name.isBlank() ? "(unnamed)" : name, CompareType.STRONG.font(),
                    columnWidth - 12, 2);
            double baseline = top + (lines.size() > 1 ? 17 : 25);
            for (String line : lines) {
                marks.centred(cx, baseline, line, CompareType.STRONG, Palette.PAPER, columnWidth - 12);
                baseline += 14;
            }
        }
        List<CompareLayout.DeltaCell> cells = new ArrayList<>();
        DivergingScale colours = colours(scale);
        double y = top + HEADER;
        int r = 0;
        for (Map.Entry<String, String> row : rows.entrySet()) {
            marks.rect(new Box(0, y, x0, rowHeight), r++ % 2 == 0 ? Palette.PAPER : Palette.ROW_TINT, null, 0);
            marks.text(12, CompareType.BODY.baselineIn(y, rowHeight), row.getValue().isBlank() ? "(untitled)"
                    : row.getValue(), CompareType.BODY, Palette.INK, ROW_HEADER - 24);
            c = 0;
            for (String segment : columns.keySet()) {
                Box box = new Box(x0 + c++ * columnWidth, y, columnWidth, rowHeight);
                SatisfactionDelta delta = byCell.get(row.getKey() + "\n" + segment);
                if (delta != null) {
                    cells.add(cell(marks, delta, box, colours));
                }
            }
            y += rowHeight;
        }
        marks.rect(new Box(0, top, x0 + columns.size() * columnWidth, y - top), null, Palette.GRID, 1);
        return cells;
    }

    private static CompareLayout.DeltaCell cell(CompareMarks marks, SatisfactionDelta d, Box box,
                                                DivergingScale colours) {
        Double delta = d.delta();
        Rgb fill = delta == null ? Palette.MISSING_CELL : Rgb.of(colours.rgb(delta));
        Rgb ink = DivergingScale.needsLightText(fill.value()) ? Palette.PAPER : Palette.INK;
        boolean marked = Boolean.TRUE.equals(d.apart());
        Box inner = box.inset(1.5);
        marks.rect(inner, fill, marked ? Palette.INK : null, marked ? MARK_EDGE : 0);
        List<String> lines = new ArrayList<>();
        lines.add(delta == null ? Messages.text("comparison.notApplicable")
                : CompareChart.signed(delta, 1) + (marked ? delta >= 0 ? " ▲" : " ▼" : ""));
        lines.add(delta == null ? Messages.text(d.before() == null ? "comparison.noOldRating"
                : "comparison.noNewRating")
                : rating(d.before()) + " → " + rating(d.after()));
        if (d.nBefore() != null || d.nAfter() != null) {
            lines.add(Messages.text("comparison.answers", count(d.nBefore()), count(d.nAfter())));
        }
        double lineHeight = CompareMarks.lineHeight(CompareType.SMALL);
        double baseline = box.y() + (box.h() - 14 - (lines.size() - 1) * lineHeight) / 2 + 11;
        for (int i = 0; i < lines.size(); i++) {
            CompareType type = i == 0 ? CompareType.STRONG : CompareType.SMALL;
            marks.centred(box.centerX(), baseline, lines.get(i), type, delta == null && i > 0 ? Palette.INK_MUTED
                    : ink, box.w() - 8);
            baseline += i == 0 ? 14 : lineHeight;
        }
        return new CompareLayout.DeltaCell(d, box, fill, marked, lines);
    }

    private static String rating(Double value) {
        return value == null ? "–" : Messages.number(value, 1);
    }

    private static String count(Long n) {
        return n == null ? "–" : String.valueOf(n);
    }
}
