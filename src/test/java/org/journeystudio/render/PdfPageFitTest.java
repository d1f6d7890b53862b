package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/**
 * "Fit to page" fills the page: the map placed on the PDF page, as PDFBox reads it back from the page's content
 * (the first form drawn, under its transformation), spans at least 80 % of the printable width or height (the page
 * less its margins), and the page is turned the way the map is.
 */
@FastTest
class PdfPageFitTest {
    private static final double FILLED = 0.8;

    @Test
    void aWideMapFillsALandscapePage() throws IOException {
        JourneyMap wide = SampleMaps.longMap(14, 60, 7);
        assertThat(aspect(wide)).as("the sample is wide").isGreaterThan(PageSize.A4.width() / PageSize.A4.height());

        Placement placed = place(wide, PageSize.A4);

        assertThat(placed.page.getWidth()).as("landscape").isGreaterThan(placed.page.getHeight());
        assertThat(placed.fill()).isGreaterThanOrEqualTo(FILLED);
    }

    @Test
    void aTallMapFillsAPortraitPage() throws IOException {
        JourneyMap tall = Exports.template("online-retailer");
        assertThat(aspect(tall)).as("the template is taller than wide").isLessThan(1);

        Placement placed = place(tall, PageSize.A4);

        assertThat(placed.page.getHeight()).as("portrait").isGreaterThan(placed.page.getWidth());
        assertThat(placed.fill()).isGreaterThanOrEqualTo(FILLED);
    }

    @Test
    void aSmallMapGrowsToFillThePageToo() throws IOException {
        assertThat(place(SampleMaps.small("map-tiny", 2), PageSize.A3).fill()).isGreaterThanOrEqualTo(FILLED);
    }

    @Test
    void aPosterKeepsItsLandscapeSheets() throws IOException {
        byte[] pdf = Exports.export(Exports.template("online-retailer"),
                ExportOptions.of(ExportFormat.PDF).withFit(PageFit.POSTER));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle sheet = document.getPage(0).getMediaBox();
            assertThat(sheet.getWidth()).isCloseTo((float) PageSize.A4.width(), org.assertj.core.data.Offset.offset(1f));
        }
    }

    private static double aspect(JourneyMap map) {
        Rectangle2D bounds = MapDrawing.of(map, Exports.DATE, false).bounds();
        return bounds.getWidth() / bounds.getHeight();
    }

    private static Placement place(JourneyMap map, PageSize size) throws IOException {
        byte[] pdf = Exports.export(map, ExportOptions.of(ExportFormat.PDF).withPage(size));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            FirstForm first = new FirstForm();
            first.processPage(page);
            assertThat(first.placed).as("the map's form is drawn on the page").isNotNull();
            return new Placement(page.getMediaBox(), first.placed);
        }
    }

    /** Where the page's first form (the map; the title and legend come after it, in a page-sized form) lands. */
    private static final class FirstForm extends PDFStreamEngine {
        Rectangle2D placed;

        FirstForm() {
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new Concatenate(this));
            addOperator(new DrawObject(this));
        }

        @Override
        public void showForm(PDFormXObject form) {
            if (placed != null) {
                return;
            }
            Matrix toPage = form.getMatrix().multiply(getGraphicsState().getCurrentTransformationMatrix());
            PDRectangle box = form.getBBox();
            Point2D.Float a = toPage.transformPoint(box.getLowerLeftX(), box.getLowerLeftY());
            Point2D.Float b = toPage.transformPoint(box.getUpperRightX(), box.getUpperRightY());
            placed = new Rectangle2D.Double(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x),
                    Math.abs(b.y - a.y));
        }
    }

    private record Placement(PDRectangle page, Rectangle2D map) {
        /** The larger of the map's shares of the printable width and height. */
        double fill() {
            double printableWidth = page.getWidth() - 2 * PageFrame.MARGIN;
            double printableHeight = page.getHeight() - 2 * PageFrame.MARGIN;
            return Math.max(map.getWidth() / printableWidth, map.getHeight() / printableHeight);
        }
    }
}
