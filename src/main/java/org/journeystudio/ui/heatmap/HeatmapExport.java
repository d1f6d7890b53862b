package org.journeystudio.ui.heatmap;

import org.journeystudio.ratings.HeatmapRow;

import org.journeystudio.ratings.SegmentHeatmap;

import org.journeystudio.ratings.HeatmapMeasure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.journeystudio.survey.CellStatistics;

/** Writes the heatmap as CSV (what is shown, with n) or as a PNG picture of the view. */
final class HeatmapExport {
    /** An export step that may fail with an I/O error. */
    @FunctionalInterface
    interface Action {
        void run() throws IOException;
    }

    /** Reads a cell's shown value. */
    @FunctionalInterface
    interface Values {
        double value(HeatmapRow row, int segment);
    }

    private HeatmapExport() {
    }

    static void csv(Path file, List<HeatmapRow> rows, SegmentHeatmap heatmap, HeatmapMeasure measure, Values values)
            throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("stage,touchpoint");
            for (String segment : heatmap.segments()) {
                header.append(',').append(quote(segment + " " + measure)).append(',').append(quote(segment + " n"));
            }
            out.write(header.append('\n').toString());
            String stage = "";
            for (HeatmapRow row : rows) {
                if (row.stage()) {
                    stage = row.title();
                    continue;
                }
                StringBuilder line = new StringBuilder(quote(stage)).append(',').append(quote(row.title()));
                for (int s = 0; s < heatmap.segments().size(); s++) {
                    CellStatistics cell = heatmap.cells().get(row.rating()).get(s);
                    double value = values.value(row, s);
                    line.append(',').append(Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value))
                            .append(',').append(cell.n());
                }
                out.write(line.append('\n').toString());
            }
        }
    }

    static void png(Path file, Node view) throws IOException {
        WritableImage image = view.snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        if (!ImageIO.write(picture, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
