package org.journeystudio.render;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.compare.SatisfactionDelta;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.Box;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;

/**
 * The geometry of the compare view, top to bottom: what is compared and how much changed, the two emotion
 * curves, the change list by stage, the delta heatmap with its key, and the action plan's changes. Like the map's layout, one compare
 * layout feeds the window and every exporter: both paint its {@link #marks()}, measured in the export font.
 */
public final class CompareLayout {
    /** The width the window and the exports lay the view out in; a heatmap of many segments may be wider. */
    public static final double WIDTH = 920;
    private static final double SECTION_GAP = 28;

    /** One cell of the delta heatmap as laid out: the delta it shows, where, its fill, its mark and its lines. */
    public record DeltaCell(SatisfactionDelta delta, Box box, Rgb fill, boolean marked, List<String> lines) {
        public DeltaCell {
            lines = List.copyOf(lines);
        }
    }

    private final String beforeName;
    private final String afterName;
    private final MapComparison comparison;
    private final List<CompareChanges.StageChanges> changes;
    private final List<DeltaCell> cells;
    private final List<CompareMark> marks;
    private final double width;
    private final double height;

    private CompareLayout(String beforeName, String afterName, MapComparison comparison) {
        this.beforeName = beforeName;
        this.afterName = afterName;
        this.comparison = comparison;
        this.changes = CompareChanges.of(comparison);
        CompareMarks drawn = new CompareMarks();
        double y = header(drawn);
        y = section(drawn, y, Messages.text("comparison.emotionByStage"));
        y += CompareChart.layOut(drawn, comparison.stages(), beforeName, afterName, y, WIDTH) + SECTION_GAP;
        y = section(drawn, y, Messages.text("comparison.changesByStage"));
        y += CompareChangeList.layOut(drawn, changes, y, WIDTH) + SECTION_GAP;
        y = section(drawn, y, Messages.text("comparison.satisfactionByTouchpoint"));
        double right = WIDTH;
        if (comparison.satisfaction().isEmpty()) {
            drawn.text(0, y + 14, Messages.text("comparison.noRatings"), CompareType.BODY,
                    Palette.INK_MUTED, WIDTH);
            this.cells = List.of();
            y += 22;
        } else {
            this.cells = CompareHeatmap.layOut(drawn, comparison.satisfaction(), comparison.scale(), y, WIDTH);
            double bottom = cells.stream().mapToDouble(c -> c.box().bottom()).max().orElse(y);
            right = Math.max(WIDTH, cells.stream().mapToDouble(c -> c.box().right()).max().orElse(WIDTH));
            y = bottom + 16;
            boolean counted = comparison.satisfaction().stream().anyMatch(d -> d.nBefore() != null
                    || d.nAfter() != null);
            y += CompareKey.layOut(drawn, comparison.scale(), comparison.scaleNote(), counted, y, WIDTH);
        }
        y = section(drawn, y + SECTION_GAP, Messages.text("comparison.opportunities"));
        y += CompareOpportunities.layOut(drawn, comparison.opportunities(), y, WIDTH);
        this.marks = drawn.all();
        this.width = right;
        this.height = y + 8;
    }

    /**
     * The layout of {@code comparison}, whose old state the user calls {@code beforeName} ("As-is", a version's
     * name, a file's name) and whose new state {@code afterName}.
     */
    public static CompareLayout of(MapComparison comparison, String beforeName, String afterName) {
        return new CompareLayout(beforeName, afterName, comparison);
    }

    private double header(CompareMarks drawn) {
        drawn.text(0, 18, beforeName + "  →  " + afterName, CompareType.TITLE, Palette.INK, WIDTH);
        drawn.text(0, 40, summary(), CompareType.BODY, Palette.INK_MUTED, WIDTH);
        double y = 52;
        if (!comparison.scaleNote().isBlank()) {
            y += drawn.wrapped(0, y, comparison.scaleNote(), CompareType.SMALL, Palette.PAIN_EDGE_SEVERE, WIDTH, 3);
        }
        return y + SECTION_GAP - 8;
    }

    private static double section(CompareMarks drawn, double top, String title) {
        drawn.text(0, top + 14, title, CompareType.HEADING, Palette.INK, WIDTH);
        drawn.line(List.of(0.0, top + 22, WIDTH, top + 22), Palette.GRID, 1, false);
        return top + 32;
    }

    /** "2 added · 1 removed · 3 changed (1 moved, 1 renamed) · 14 unchanged". */
    public String summary() {
        long moved = comparison.changed().stream().filter(c -> c.moved()).count();
        long renamed = comparison.changed().stream().filter(c -> c.renamed()).count();
        List<String> how = new ArrayList<>();
        if (moved > 0) {
            how.add(Messages.text("comparison.moved", moved));
        }
        if (renamed > 0) {
            how.add(Messages.text("comparison.renamed", renamed));
        }
        String changed = how.isEmpty() ? Messages.text("comparison.changed", comparison.changed().size())
                : Messages.text("comparison.changedHow", comparison.changed().size(), String.join(", ", how));
        return Messages.text("comparison.summary", comparison.added().size(), comparison.removed().size(), changed,
                comparison.unchanged());
    }

    public String beforeName() {
        return beforeName;
    }

    public String afterName() {
        return afterName;
    }

    public MapComparison comparison() {
        return comparison;
    }

    /** The change list, by stage. */
    public List<CompareChanges.StageChanges> changes() {
        return changes;
    }

    /** The delta heatmap's cells, row by row. */
    public List<DeltaCell> cells() {
        return cells;
    }

    /** Everything to paint, in painting order. */
    public List<CompareMark> marks() {
        return marks;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
