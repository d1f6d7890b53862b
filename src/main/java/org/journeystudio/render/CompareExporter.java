package org.journeystudio.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.journeystudio.store.AtomicFile;

/**
 * Exports the compare view: PNG, SVG and PDF painted from the same {@link CompareLayout} as the window, CSV in
 * the command line's layout ({@link CompareCsv}). The options' format, scale, background, page size and date
 * apply as for a map.
 */
public final class CompareExporter {
    private CompareExporter() {
    }

    /** The formats a comparison exports to (the deck and the report are of one map). */
    public static final java.util.List<ExportFormat> FORMATS = java.util.List.of(ExportFormat.PNG, ExportFormat.SVG,
            ExportFormat.PDF, ExportFormat.CSV);

    /** Writes the export to {@code out} (not closed); {@code mapTitle} heads the PDF page and names the SVG. */
    public static void export(CompareLayout layout, String mapTitle, ExportOptions options, OutputStream out,
                              ExportMonitor monitor) throws IOException {
        ExportMonitor watched = monitor == null ? ExportMonitor.NONE : monitor;
        watched.progress(0);
        switch (options.format()) {
            case CSV -> CompareCsv.write(layout.comparison(), out, watched);
            case PNG -> PngWriter.write(new CompareDrawing(layout, mapTitle, options.date(), true), options.scale(),
                    options.transparent(), out, watched);
            case SVG -> {
                CompareDrawing drawing = new CompareDrawing(layout, mapTitle, options.date(), true);
                SvgWriter.write(drawing, drawing.title().title(), out, watched);
            }
            case PDF -> PdfWriter.write(new CompareDrawing(layout, mapTitle, options.date(), false), options, out,
                    watched);
            default -> throw new IllegalArgumentException("A comparison exports to " + FORMATS + ", not "
                    + options.format());
        }
        out.flush();
        watched.progress(1);
    }

    /** Writes through a temporary file beside {@code file}, so a failed export leaves no half-written file. */
    public static void export(CompareLayout layout, String mapTitle, ExportOptions options, Path file,
                              ExportMonitor monitor) throws IOException {
        AtomicFile.write(file, out -> export(layout, mapTitle, options, out, monitor));
    }
}
