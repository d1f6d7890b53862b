package org.journeystudio.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.compare.RatingSpreads;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.AtomicFile;

/**
 * Writes a Markdown report and its pictures: {@code shop.md} and, beside it, {@code shop-files/map.svg} (the map
 * with its emotion curve, from the SVG exporter). Each file is written whole or not at all; the picture first, so
 * the report never links to a missing one.
 */
final class MarkdownExport {
    static final String PICTURE = "map.svg";

    private MarkdownExport() {
    }

    /** The folder beside {@code report} that holds its pictures: {@code shop.md} → {@code shop-files}. */
    static Path filesFolder(Path report) {
        String name = report.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return report.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-files");
    }

    static void write(JourneyMap map, ExportOptions options, RatingSpreads spreads, Path report,
                      ExportMonitor monitor) throws IOException {
        Path folder = filesFolder(report);
        Files.createDirectories(folder);
        Drawing drawing = MapDrawing.of(map, options.date(), true, options.view());
        AtomicFile.write(folder.resolve(PICTURE), out -> SvgWriter.write(drawing, drawing.title().title(), out,
                monitor));
        monitor.progress(0.8);
        String link = MarkdownText.link(folder.getFileName() + "/" + PICTURE);
        String text = MarkdownReport.of(map, spreads, options.date(), link);
        AtomicFile.write(report, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
