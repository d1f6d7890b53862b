package org.journeystudio.ratings;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.journeystudio.survey.CellStatistics;

/** Writes the heatmap as CSV (what is shown, with n) or a picture of the view (its pixels) as PNG. */
public final class HeatmapExport {
    /** Reads a cell's shown value. */
    @FunctionalInterface
    public interface Values {
        double value(HeatmapRow row, int segment);
    }

    private HeatmapExport() {
    }

    /** What {@code shown} shows, row by row under the stage names, with n beside each value. */
    public static void csv(Path file, ShownHeatmap shown) throws IOException {
        csv(file, shown.rows(), shown.heatmap(), shown.measure(), shown::value);
    }

    public static void csv(Path file, List<HeatmapRow> rows, SegmentHeatmap heatmap, HeatmapMeasure measure, Values values)
            throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("stage,touchpoint,scale,not applicable");
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
                List<CellStatistics> cells = heatmap.cells().get(row.rating());
                StringBuilder line = new StringBuilder(quote(stage)).append(',').append(quote(row.title()))
                        .append(',').append(quote(heatmap.scales().get(row.rating()).label())).append(',')
                        .append(cells.get(cells.size() - 1).notApplicable());
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

    /** Writes a picture of {@code width} × {@code height} pixels, given row by row as ARGB, as PNG. */
    public static void png(Path file, int width, int height, int[] argb) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, width, height, argb, 0, width);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(picture, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        }
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
