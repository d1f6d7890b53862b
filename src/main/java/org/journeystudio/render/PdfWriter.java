package org.journeystudio.render;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a drawing as a vector PDF through PDFBox: the drawing is painted once into a form and placed on each
 * page, either scaled to fill one page (turned portrait or landscape, whichever prints it larger) or tiled at
 * print size as a poster. Text is real PDF text in the embedded
 * (subset) export font, so it can be searched and copied.
 */
final class PdfWriter {
    private PdfWriter() {
    }

    static void write(Drawing drawing, ExportOptions options, OutputStream out, ExportMonitor monitor)
            throws IOException {
        try (PDDocument document = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
             TrueTypeFont regular = withoutLigatures(ExportFonts.REGULAR_RESOURCE);
             TrueTypeFont bold = withoutLigatures(ExportFonts.BOLD_RESOURCE)) {
            // Subsets are embedded when the document is saved, so the fonts stay open until then.
            fonts.registerFont(ExportFonts.regular(12).getFontName(), PDType0Font.load(document, regular, true));
            fonts.registerFont(ExportFonts.bold(12).getFontName(), PDType0Font.load(document, bold, true));
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(drawing.title().title());
            info.setCreator("Journey Studio");

            PDFormXObject form = paintForm(document, fonts, drawing, monitor);
            PageFrame frame = frame(drawing, options);
            PosterTiles tiles = tiles(drawing, options, frame);
            Sheet sheet = frame.page();
            for (PosterTiles.Tile tile : tiles.tiles()) {
                monitor.checkCancelled();
                PDPage page = new PDPage(new PDRectangle((float) sheet.width(), (float) sheet.height()));
                document.addPage(page);
                PDFormXObject overlay = frame.paint(document, fonts, tile, tiles);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    placeDrawing(stream, form, tile, tiles, frame, sheet.height());
                    stream.drawForm(overlay);
                }
            }
            monitor.checkCancelled();
            document.save(out);
        }
    }

    /**
     * The page's frame: a poster's sheets are landscape; a map fitted onto one page gets the orientation in which
     * it prints larger (portrait for a tall map, landscape for a wide one).
     */
    static PageFrame frame(Drawing drawing, ExportOptions options) {
        PageFrame landscape = new PageFrame(Sheet.landscape(options.page()), drawing, options.date());
        if (options.fit() == PageFit.POSTER) {
            return landscape;
        }
        PageFrame portrait = new PageFrame(Sheet.portrait(options.page()), drawing, options.date());
        return tiles(drawing, options, portrait).scale() > tiles(drawing, options, landscape).scale()
                ? portrait : landscape;
    }

    static PosterTiles tiles(Drawing drawing, ExportOptions options, PageFrame frame) {
        Rectangle2D bounds = drawing.bounds();
        return options.fit() == PageFit.POSTER
                ? PosterTiles.atPrintSize(bounds.getWidth(), bounds.getHeight(), frame.content())
                : PosterTiles.fitted(bounds.getWidth(), bounds.getHeight(), frame.content());
    }

    private static PDFormXObject paintForm(PDDocument document, PdfBoxGraphics2DFontTextDrawer fonts,
                                           Drawing drawing, ExportMonitor monitor) throws IOException {
        Rectangle2D b = drawing.bounds();
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) b.getWidth(), (float) b.getHeight());
        g.setFontTextDrawer(fonts);
        try {
            g.translate(-b.getX(), -b.getY());
            drawing.paint(g, monitor);
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }

    /** Clips to the page's content area and places the part of the drawing this tile shows. */
    private static void placeDrawing(PDPageContentStream stream, PDFormXObject form, PosterTiles.Tile tile,
                                     PosterTiles tiles, PageFrame frame, double pageHeight) throws IOException {
        Rectangle2D area = tile.area();
        double scale = tiles.scale();
        stream.saveGraphicsState();
        stream.addRect((float) area.getX(), (float) (pageHeight - area.getMaxY()), (float) area.getWidth(),
                (float) area.getHeight());
        stream.clip();
        // The drawing's top-left, in page units measured from the page's top, for this tile.
        double left = area.getX() - tile.column() * area.getWidth() + tile.offsetX();
        double top = area.getY() - tile.row() * area.getHeight() + tile.offsetY();
        double formHeight = form.getBBox().getHeight();
        stream.transform(new Matrix((float) scale, 0, 0, (float) scale, (float) left,
                (float) (pageHeight - top - scale * formHeight)));
        stream.drawForm(form);
        stream.restoreGraphicsState();
    }

    /**
     * The export font without its glyph-substitution table: PDFBox 3 would otherwise set "fi" and "ffi" as
     * ligature glyphs, which text extraction and search then return as U+FB01 and friends instead of letters.
     */
    private static TrueTypeFont withoutLigatures(String resource) throws IOException {
        try (InputStream in = ExportFonts.open(resource)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.getTableMap().remove(GlyphSubstitutionTable.TAG);
            return font;
        }
    }
}
