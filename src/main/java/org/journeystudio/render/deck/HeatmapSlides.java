package org.journeystudio.render.deck;

import org.journeystudio.render.ReportWords;
import org.journeystudio.i18n.Messages;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCellProperties;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.layout.HeatmapCell;
import org.journeystudio.layout.HeatmapColumn;
import org.journeystudio.layout.HeatmapLayout;
import org.journeystudio.layout.HeatmapRow;
import org.journeystudio.layout.HeatmapStageBand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.style.Palette;

/**
 * The satisfaction heatmap as native tables: the PDF's rows, columns and colours ({@link HeatmapLayout} and
 * {@link DivergingScale}), each cell's value written in it, a band row per stage. A long heatmap goes on over as
 * many slides as it needs, {@link #ROWS_PER_SLIDE} rows and {@link #SEGMENTS_PER_SLIDE} segments to a slide.
 */
final class HeatmapSlides {
    static final int ROWS_PER_SLIDE = 14;
    static final int SEGMENTS_PER_SLIDE = 8;
    private static final double ROW_HEIGHT = 29;
    /** The segments' names may take two lines. */
    private static final double HEADER_HEIGHT = 40;
    private static final double TITLE_COLUMN = 320;
    private static final Color MISSING = DeckStyle.awt(Palette.MISSING_CELL);
    private static final int GAP_WIDTH = Units.toEMU(1.5);
    private static final byte[] PAPER_RGB = {(byte) DeckStyle.PAPER.getRed(), (byte) DeckStyle.PAPER.getGreen(),
        (byte) DeckStyle.PAPER.getBlue()};

    /** A line of the table: a stage's band ({@code row} null) or a touchpoint's row. */
    private record Line(String band, HeatmapRow row) {
    }

    private HeatmapSlides() {
    }

    static void add(XMLSlideShow deck, JourneyMap map, ExportMonitor monitor) {
        HeatmapLayout layout = HeatmapLayout.of(map);
        if (layout.columns().isEmpty() || layout.rows().isEmpty()) {
            return;
        }
        List<Line> lines = lines(layout);
        Map<String, HeatmapCell> cells = new HashMap<>();
        layout.cells().forEach(cell -> cells.put(key(cell.touchpointId(), cell.segmentId()), cell));
        DivergingScale colours = new DivergingScale(layout.scale());
        int columnParts = (layout.columns().size() + SEGMENTS_PER_SLIDE - 1) / SEGMENTS_PER_SLIDE;
        int rowParts = (lines.size() + ROWS_PER_SLIDE - 1) / ROWS_PER_SLIDE;
        int parts = columnParts * rowParts;
        int part = 0;
        for (int c = 0; c < columnParts; c++) {
            List<HeatmapColumn> columns = layout.columns().subList(c * SEGMENTS_PER_SLIDE,
                    Math.min(layout.columns().size(), (c + 1) * SEGMENTS_PER_SLIDE));
            for (int r = 0; r < rowParts; r++) {
                monitor.checkCancelled();
                part++;
                XSLFSlide slide = deck.createSlide();
                String scale = Messages.text("report.deckScale", map.scale().min(), map.scale().max(),
                        number(map.scale().neutral()));
                DeckStyle.header(slide, Messages.text("report.heatmapHeading"), parts > 1 ? scale + " · " + part + "/" + parts : scale);
                table(slide, cells, colours, columns, lines.subList(r * ROWS_PER_SLIDE,
                        Math.min(lines.size(), (r + 1) * ROWS_PER_SLIDE)));
            }
        }
    }

    private static List<Line> lines(HeatmapLayout layout) {
        List<Line> lines = new ArrayList<>();
        for (HeatmapStageBand band : layout.bands()) {
            lines.add(new Line(band.name(), null));
            layout.rows().stream().filter(r -> r.stageId().equals(band.stageId()))
                    .forEach(r -> lines.add(new Line(band.name(), r)));
        }
        return lines;
    }

    private static void table(XSLFSlide slide, Map<String, HeatmapCell> cells, DivergingScale colours,
                              List<HeatmapColumn> columns, List<Line> lines) {
        XSLFTable table = slide.createTable(lines.size() + 1, columns.size() + 1);
        double valueWidth = Math.min(90, (DeckStyle.WIDTH - 2 * DeckStyle.MARGIN - TITLE_COLUMN) / columns.size());
        table.setColumnWidth(0, TITLE_COLUMN);
        for (int c = 0; c < columns.size(); c++) {
            table.setColumnWidth(c + 1, valueWidth);
        }
        table.setRowHeight(0, HEADER_HEIGHT);
        for (int r = 1; r <= lines.size(); r++) {
            table.setRowHeight(r, ROW_HEIGHT);
        }
        table.setAnchor(new Rectangle2D.Double(DeckStyle.MARGIN, DeckStyle.HEADER + 18,
                TITLE_COLUMN + valueWidth * columns.size(), HEADER_HEIGHT + ROW_HEIGHT * lines.size()));
        cell(table.getCell(0, 0), Messages.text("report.touchpoint"), DeckStyle.STAGE_HEADER, DeckStyle.PAPER, true, false);
        for (int c = 0; c < columns.size(); c++) {
            cell(table.getCell(0, c + 1), Text.clip(columns.get(c).name(), 24), DeckStyle.STAGE_HEADER,
                    DeckStyle.PAPER, true, true);
        }
        for (int r = 0; r < lines.size(); r++) {
            Line line = lines.get(r);
            if (line.row() == null) {
                cell(table.getCell(r + 1, 0), Text.clip(Text.or(line.band(), Messages.text("report.unnamedStageShort")), 38),
                        DeckStyle.LANE_HEADER, DeckStyle.INK, true, false);
                for (int c = 0; c < columns.size(); c++) {
                    cell(table.getCell(r + 1, c + 1), "", DeckStyle.LANE_HEADER, DeckStyle.INK, false, true);
                }
                continue;
            }
            cell(table.getCell(r + 1, 0), Text.clip(Text.or(line.row().title(), Messages.text("report.untitled")), 38), DeckStyle.PAPER,
                    DeckStyle.INK, false, false);
            for (int c = 0; c < columns.size(); c++) {
                HeatmapCell value = cells.get(key(line.row().touchpointId(), columns.get(c).segmentId()));
                XSLFTableCell cell = table.getCell(r + 1, c + 1);
                if (value.value().isEmpty()) {
                    cell(cell, "–", MISSING, DeckStyle.INK_MUTED, false, true);
                } else {
                    int rgb = colours.rgb(value.value().getAsDouble());
                    cell(cell, String.format(Locale.ROOT, "%.1f", value.value().getAsDouble()), DeckStyle.awt(rgb),
                            DivergingScale.needsLightText(rgb) ? DeckStyle.PAPER : DeckStyle.INK, true, true);
                }
            }
        }
    }

    private static void cell(XSLFTableCell cell, String text, Color fill, Color ink, boolean bold, boolean centred) {
        cell.clearText();
        cell.setFillColor(fill);
        gaps(cell);
        cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
        cell.setInsets(new org.apache.poi.sl.usermodel.Insets2D(2, 8, 2, 8));
        XSLFTextParagraph p = cell.addNewTextParagraph();
        p.setTextAlign(centred ? TextParagraph.TextAlign.CENTER : TextParagraph.TextAlign.LEFT);
        DeckStyle.run(p, text, 11, bold, ink);
    }

    /**
     * White gaps between the coloured cells: a right and a bottom edge suffice (on a white slide the table's outer
     * top and left edges need none). Written as the two bare line elements, not through POI's border setters,
     * which add nine default properties to each edge: those made a third of a long heatmap's cost.
     */
    private static void gaps(XSLFTableCell cell) {
        CTTableCell xml = (CTTableCell) cell.getXmlObject();
        CTTableCellProperties properties = xml.isSetTcPr() ? xml.getTcPr() : xml.addNewTcPr();
        CTLineProperties right = properties.isSetLnR() ? properties.getLnR() : properties.addNewLnR();
        CTLineProperties bottom = properties.isSetLnB() ? properties.getLnB() : properties.addNewLnB();
        for (CTLineProperties edge : new CTLineProperties[] {right, bottom}) {
            if (edge.isSetNoFill()) {
                edge.unsetNoFill();
            }
            edge.setW(GAP_WIDTH);
            edge.addNewSolidFill().addNewSrgbClr().setVal(PAPER_RGB);
        }
    }

    private static String key(String touchpointId, String segmentId) {
        return touchpointId + '\n' + segmentId;
    }

    private static String number(double value) {
        return ReportWords.scaleValue(value);
    }
}
