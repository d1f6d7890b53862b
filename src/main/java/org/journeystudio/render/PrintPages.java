package org.journeystudio.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.journeystudio.model.JourneyMap;

/**
 * The pages of a PDF export as images, for printing through a system print dialog with exactly the page
 * options, header, legend and tiling of the PDF: the window hands each image to its printer job.
 */
public final class PrintPages {
    private PrintPages() {
    }

    /**
     * Renders every page the PDF export with {@code options} would have, at {@code dpi} dots per inch.
     *
     * @throws ExportCancelledException when the monitor cancels, between pages
     */
    public static List<BufferedImage> render(JourneyMap map, ExportOptions options, int dpi, ExportMonitor monitor)
            throws IOException {
        if (dpi < 36 || dpi > 1200) {
            throw new IllegalArgumentException("Print resolution must be 36 to 1200 dpi, not " + dpi);
        }
        ExportMonitor watched = monitor == null ? ExportMonitor.NONE : monitor;
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ExportOptions asPdf = new ExportOptions(ExportFormat.PDF, options.scale(), options.transparent(),
                options.page(), options.fit(), options.heatmap(), options.segmentIds(), options.date(), options.view());
        MapExporter.export(map, asPdf, pdf, ExportMonitor.NONE);
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                watched.checkCancelled();
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
                watched.progress((i + 1) / (double) document.getNumberOfPages());
            }
        }
        return pages;
    }
}
