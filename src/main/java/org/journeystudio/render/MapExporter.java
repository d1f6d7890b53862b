package org.journeystudio.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.compare.RatingSpreads;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.deck.MapDeck;
import org.journeystudio.render.deck.MapPicture;
import org.journeystudio.render.xlsx.TouchpointXlsx;
import org.journeystudio.store.AtomicFile;
import org.journeystudio.store.mermaid.MermaidJourney;

/**
 * The one entry point for exports: a map and {@link ExportOptions} in, a PNG, SVG, PDF, CSV, PowerPoint, Markdown
 * or Mermaid file out. Each format's writer is loaded only when it is first used (the deck's Apache POI with it).
 * A window calls it from a background task with a monitor bound to its progress bar and cancel button:
 * <pre>{@code MapExporter.export(map, ExportOptions.forFile(path).withScale(2), path, monitor);}</pre>
 */
public final class MapExporter {
    /** The longer side of the deck's map picture, in pixels: about twice a 1080p projector's width. */
    private static final double DECK_PICTURE_PIXELS = 4000;

    private MapExporter() {
    }

    /**
     * Writes the export to {@code out} (not closed).
     *
     * @throws IllegalArgumentException for options the map cannot meet (an unknown segment, too large a PNG), and
     *                                  for Markdown, whose pictures need a folder: export it to a file
     * @throws ExportCancelledException when the monitor cancels
     */
    public static void export(JourneyMap map, ExportOptions options, OutputStream out, ExportMonitor monitor)
            throws IOException {
        ExportMonitor watched = monitor == null ? ExportMonitor.NONE : monitor;
        watched.progress(0);
        switch (options.format()) {
            case CSV -> TouchpointCsv.write(map, out, watched);
            case XLSX -> TouchpointXlsx.write(map, out, watched);
            case MERMAID -> MermaidJourney.write(map, out);
            case PNG -> PngWriter.write(drawing(map, options, true), options.scale(), options.transparent(), out,
                    watched);
            case SVG -> {
                Drawing drawing = drawing(map, options, true);
                SvgWriter.write(drawing, drawing.title().title(), out, watched);
            }
            case PDF -> PdfWriter.write(drawing(map, options, false), options, out, watched);
            case PPTX -> MapDeck.write(map, deckPicture(map, options, watched), options.date(), out, watched);
            case MD -> throw new IllegalArgumentException("A Markdown report writes its pictures beside it: export"
                    + " it to a file");
        }
        out.flush();
        watched.progress(1);
    }

    /**
     * Loads ahead what the first export of {@code format} would load (Apache POI for a deck), so that a window can
     * do it while the user picks the file; other formats need nothing.
     */
    public static void prepare(ExportFormat format) throws IOException {
        if (needsPreparing(format)) {
            MapDeck.prepare();
        }
    }

    /** Whether {@link #prepare} has anything to load ahead for {@code format}. */
    public static boolean needsPreparing(ExportFormat format) {
        return format == ExportFormat.PPTX;
    }

    /**
     * Writes the export to {@code file} through a temporary file beside it, so a failed or cancelled export
     * leaves any earlier file untouched and never a half-written one.
     */
    public static void export(JourneyMap map, ExportOptions options, Path file, ExportMonitor monitor)
            throws IOException {
        export(map, options, RatingSpreads.NONE, file, monitor);
    }

    /**
     * As {@link #export(JourneyMap, ExportOptions, Path, ExportMonitor)}; a Markdown report also gives the n and
     * intervals of {@code spreads} in its heatmap (the other formats ignore them). A report's pictures go into a
     * folder beside it ({@code shop.md}, {@code shop-files/}).
     */
    public static void export(JourneyMap map, ExportOptions options, RatingSpreads spreads, Path file,
                              ExportMonitor monitor) throws IOException {
        if (options.format() == ExportFormat.MD) {
            ExportMonitor watched = monitor == null ? ExportMonitor.NONE : monitor;
            watched.progress(0);
            MarkdownExport.write(map, options, spreads, file, watched);
            watched.progress(1);
            return;
        }
        AtomicFile.write(file, out -> export(map, options, out, monitor));
    }

    /** The folder a Markdown report's pictures go in, beside it: {@code shop.md} → {@code shop-files}. */
    public static Path filesFolder(Path report) {
        return MarkdownExport.filesFolder(report);
    }

    /**
     * The whole map for the deck's overview slide: sharp on a projector, small enough to paint in a blink. The deck
     * paints it on a second thread, which may stop it when the export is cancelled but reports no progress.
     */
    private static MapPicture deckPicture(JourneyMap map, ExportOptions options, ExportMonitor monitor) {
        Drawing drawing = MapDrawing.of(map, options.date(), true, options.view());
        java.awt.geom.Rectangle2D bounds = drawing.bounds();
        double scale = Math.min(2, DECK_PICTURE_PIXELS / Math.max(bounds.getWidth(), bounds.getHeight()));
        ExportMonitor cancelOnly = new ExportMonitor() {
            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
        return new MapPicture(PngWriter.pixels(bounds.getWidth(), scale), PngWriter.pixels(bounds.getHeight(), scale),
                () -> {
                    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
                    PngWriter.write(drawing, scale, false, png, cancelOnly);
                    return png.toByteArray();
                });
    }

    private static Drawing drawing(JourneyMap map, ExportOptions options, boolean framed) {
        if (options.heatmap()) {
            return HeatmapDrawing.of(map, options.segmentIds(), options.date(), framed);
        }
        return MapDrawing.of(map, options.date(), framed, options.view());
    }
}
