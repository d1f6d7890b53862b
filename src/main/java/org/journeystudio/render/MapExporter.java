package org.journeystudio.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.AtomicFile;
import org.journeystudio.store.mermaid.MermaidJourney;

/**
 * The one entry point for exports: a map and {@link ExportOptions} in, a PNG, SVG, PDF, CSV or Mermaid file out.
 * A window calls it from a background task with a monitor bound to its progress bar and cancel button:
 * <pre>{@code MapExporter.export(map, ExportOptions.forFile(path).withScale(2), path, monitor);}</pre>
 */
public final class MapExporter {
    private MapExporter() {
    }

    /**
     * Writes the export to {@code out} (not closed).
     *
     * @throws IllegalArgumentException for options the map cannot meet (an unknown segment, too large a PNG)
     * @throws ExportCancelledException when the monitor cancels
     */
    public static void export(JourneyMap map, ExportOptions options, OutputStream out, ExportMonitor monitor)
            throws IOException {
        ExportMonitor watched = monitor == null ? ExportMonitor.NONE : monitor;
        watched.progress(0);
        switch (options.format()) {
            case CSV -> TouchpointCsv.write(map, out, watched);
            case MERMAID -> MermaidJourney.write(map, out);
            case PNG -> PngWriter.write(drawing(map, options, true), options.scale(), options.transparent(), out,
                    watched);
            case SVG -> {
                Drawing drawing = drawing(map, options, true);
                SvgWriter.write(drawing, drawing.title().title(), out, watched);
            }
            case PDF -> PdfWriter.write(drawing(map, options, false), options, out, watched);
        }
        out.flush();
        watched.progress(1);
    }

    /**
     * Writes the export to {@code file} through a temporary file beside it, so a failed or cancelled export
     * leaves any earlier file untouched and never a half-written one.
     */
    public static void export(JourneyMap map, ExportOptions options, Path file, ExportMonitor monitor)
            throws IOException {
        AtomicFile.write(file, out -> export(map, options, out, monitor));
    }

    private static Drawing drawing(JourneyMap map, ExportOptions options, boolean framed) {
        if (options.heatmap()) {
            return HeatmapDrawing.of(map, options.segmentIds(), options.date(), framed);
        }
        return MapDrawing.of(map, options.date(), framed);
    }
}
