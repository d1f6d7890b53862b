package org.journeystudio.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.layout.HeatmapCell;
import org.journeystudio.layout.HeatmapColumn;
import org.journeystudio.layout.HeatmapLayout;
import org.journeystudio.layout.HeatmapRow;
import org.journeystudio.layout.HeatmapStageBand;

/**
 * Paints a {@link HeatmapLayout} in its own coordinates: segment names along the top, touchpoints down the left
 * under a band per stage, and each rating as a coloured cell with its value written in it (so it reads in
 * greyscale and for any colour vision).
 */
public final class HeatmapPainter {
    private static final Font COLUMN_NAME = ExportFonts.bold(11.5);
    private static final Font BAND = ExportFonts.bold(11.5);
    private static final Font ROW_TITLE = ExportFonts.regular(11.5);
    private static final Font VALUE = ExportFonts.bold(11.5);
    private static final double GAP = 1.5;

    private final HeatmapLayout layout;
    private final DivergingScale colours;

    public HeatmapPainter(HeatmapLayout layout) {
        this.layout = layout;
        this.colours = new DivergingScale(layout.scale());
    }

    public void paint(Graphics2D g, ExportMonitor monitor) {
        Rendering.prepare(g);
        ExportProgress progress = new ExportProgress(monitor, layout.cells().size() + layout.rows().size());
        paintColumnHeaders(g);
        List<HeatmapRow> rows = layout.rows();
        for (int i = 0; i < rows.size(); i++) {
            HeatmapRow row = rows.get(i);
            g.setColor(i % 2 == 0 ? Paints.PAPER : Paints.ROW_TINT);
            g.fill(rect(row.header()));
            g.setColor(Paints.INK);
            TextFit.draw(g, row.title().isEmpty() ? "(untitled)" : row.title(), ROW_TITLE, row.header().x() + 14,
                    TextFit.baselineCentered(ROW_TITLE, row.header().y(), row.header().h()), row.header().w() - 24);
            progress.step();
        }
        for (HeatmapStageBand band : layout.bands()) {
            g.setColor(Paints.LANE_HEADER);
            g.fill(rect(band.box()));
            g.setColor(Paints.STAGE_HEADER);
            g.fill(new Rectangle2D.Double(band.box().x(), band.box().y(), 4, band.box().h()));
            TextFit.draw(g, band.name().isEmpty() ? "(unnamed stage)" : band.name(), BAND, band.box().x() + 14,
                    TextFit.baselineCentered(BAND, band.box().y(), band.box().h()), band.box().w() - 24);
        }
        for (HeatmapCell cell : layout.cells()) {
            paintCell(g, cell);
            progress.step();
        }
        g.setColor(Paints.GRID);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(layout.columns().isEmpty() ? layout.width() : layout.columns().get(0).body().x(),
                0, layout.columns().isEmpty() ? layout.width() : layout.columns().get(0).body().x(), layout.height()));
        g.draw(new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
    }

    private void paintColumnHeaders(Graphics2D g) {
        double headerHeight = layout.columns().isEmpty() ? 0 : layout.columns().get(0).header().h();
        g.setColor(Paints.STAGE_HEADER);
        g.fill(new Rectangle2D.Double(0, 0, layout.width(), headerHeight));
        g.setColor(Paints.STAGE_NUMBER);
        TextFit.draw(g, "TOUCHPOINT  ↓    SEGMENT  →", ExportFonts.bold(9), 14,
                TextFit.baselineCentered(ExportFonts.bold(9), 0, headerHeight), 260);
        for (HeatmapColumn column : layout.columns()) {
            Box h = column.header();
            g.setColor(Paints.PAPER);
            List<String> lines = TextFit.wrap(column.name(), COLUMN_NAME, h.w() - 14, 2);
            double baseline = h.y() + (lines.size() > 1 ? 21 : 29);
            for (String line : lines) {
                TextFit.drawCentered(g, line, COLUMN_NAME, h.centerX(), baseline, h.w() - 14);
                baseline += 14;
            }
            g.setColor(Paints.hex(column.color()));
            g.fill(new Rectangle2D.Double(h.x() + GAP, h.bottom() - 4, h.w() - 2 * GAP, 4));
        }
    }

    private void paintCell(Graphics2D g, HeatmapCell cell) {
        Box b = cell.box();
        Rectangle2D inner = new Rectangle2D.Double(b.x() + GAP, b.y() + GAP, b.w() - 2 * GAP, b.h() - 2 * GAP);
        double baseline = TextFit.baselineCentered(VALUE, b.y(), b.h());
        if (cell.value().isEmpty()) {
            g.setColor(Paints.MISSING_CELL);
            g.fill(inner);
            g.setColor(Paints.FAINT_INK);
            TextFit.drawCentered(g, "–", VALUE, b.centerX(), baseline, b.w());
            return;
        }
        int rgb = colours.rgb(cell.value().getAsDouble());
        g.setColor(Paints.rgb(rgb));
        g.fill(inner);
        g.setColor(DivergingScale.needsLightText(rgb) ? Paints.PAPER : Paints.INK);
        TextFit.drawCentered(g, String.format(Locale.ROOT, "%.1f", cell.value().getAsDouble()), VALUE,
                b.centerX(), baseline, b.w());
    }

    private static Rectangle2D rect(Box b) {
        return new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h());
    }
}
