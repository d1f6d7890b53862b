package org.journeystudio.render;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * What a PDF page carries around the drawing: the title block on top, the legend at the foot, and on a poster
 * the sheet's place in the grid and crop marks at the corners of the content area. Measures are points,
 * y growing downwards from the page's top.
 */
final class PageFrame {
    static final double MARGIN = 30;
    private static final double TITLE_SIZE = 0.8;
    private static final double LEGEND_SCALE = 0.6;
    private static final double GAP = 10;
    private static final double MARK = 14;
    private static final double MARK_OFFSET = 4;
    private static final Font SHEET_LABEL = ExportFonts.regular(7.5);

    private final Sheet page;
    private final Drawing drawing;
    private final Rectangle2D content;
    private final double legendTop;

    PageFrame(Sheet page, Drawing drawing, LocalDate date) {
        this.page = page;
        this.drawing = drawing;
        double width = page.width() - 2 * MARGIN;
        double top = MARGIN + TitleBlock.HEIGHT * TITLE_SIZE + GAP;
        double legendHeight = drawing.legend().height(width / LEGEND_SCALE) * LEGEND_SCALE;
        double bottom = page.height() - MARGIN - legendHeight - 12;
        // Room below the content for the crop marks, so they never run into the legend.
        this.content = new Rectangle2D.Double(MARGIN, top, width, bottom - MARK_OFFSET - MARK - 4 - top);
        this.legendTop = bottom;
    }

    /** The page this frame is laid out on. */
    Sheet page() {
        return page;
    }

    /** Where the drawing goes on every page. */
    Rectangle2D content() {
        return content;
    }

    /** Paints this page's frame into a page-sized form, to be drawn over the drawing. */
    PDFormXObject paint(PDDocument document, PdfBoxGraphics2DFontTextDrawer fonts, PosterTiles.Tile tile,
                        PosterTiles tiles) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) page.width(), (float) page.height());
        g.setFontTextDrawer(fonts);
        try {
            Rendering.prepare(g);
            drawing.title().paint(g, MARGIN, MARGIN - 6, content.getWidth(), TITLE_SIZE);
            Graphics2D legend = (Graphics2D) g.create();
            legend.translate(MARGIN, legendTop);
            legend.scale(LEGEND_SCALE, LEGEND_SCALE);
            drawing.legend().paint(legend, 0, 0, content.getWidth() / LEGEND_SCALE);
            legend.dispose();
            g.setColor(Paints.FAINT_INK);
            String label = tiles.tiles().size() > 1
                    ? "Sheet " + (tiles.tiles().indexOf(tile) + 1) + " of " + tiles.tiles().size() + "  ·  row "
                    + (tile.row() + 1) + " of " + tiles.rows() + ", column " + (tile.column() + 1) + " of "
                    + tiles.columns() + "  ·  trim along the crop marks and join edge to edge"
                    : "Scale " + Math.round(tiles.scale() / PosterTiles.PRINT_SCALE * 100) + " % of print size";
            TextFit.drawRight(g, label, SHEET_LABEL, page.width() - MARGIN, page.height() - MARGIN + 14);
            if (tiles.tiles().size() > 1) {
                paintCropMarks(g);
            }
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }

    /** Short lines in the margin along the content area's edges, meeting at its corners. */
    private void paintCropMarks(Graphics2D g) {
        g.setColor(Paints.INK);
        g.setStroke(new BasicStroke(0.4f));
        double[] xs = {content.getMinX(), content.getMaxX()};
        double[] ys = {content.getMinY(), content.getMaxY()};
        for (double x : xs) {
            for (double y : ys) {
                double outX = x == content.getMinX() ? -1 : 1;
                double outY = y == content.getMinY() ? -1 : 1;
                g.draw(new Line2D.Double(x + outX * MARK_OFFSET, y, x + outX * (MARK_OFFSET + MARK), y));
                g.draw(new Line2D.Double(x, y + outY * MARK_OFFSET, x, y + outY * (MARK_OFFSET + MARK)));
            }
        }
    }
}
