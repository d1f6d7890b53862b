package org.journeystudio.ui.export;

import java.util.List;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.ExportOptions;
import org.journeystudio.render.PageFit;
import org.journeystudio.render.PageSize;

/**
 * What the export dialog was answered with.
 *
 * @param segmentId the one heatmap segment to export, or null for every segment
 */
public record ExportChoices(ExportFormat format, double scale, boolean transparent, PageSize page, PageFit fit,
                            boolean heatmap, String segmentId) {

    /** The render options these choices ask for. */
    public ExportOptions options() {
        ExportOptions options = ExportOptions.of(format).withScale(scale).withTransparent(transparent)
                .withPage(page).withFit(fit);
        return heatmap ? options.withHeatmap(segmentId == null ? List.of() : List.of(segmentId)) : options;
    }

    /** A file name for the export: the map's title made safe for file systems, with the format's extension. */
    public static String fileName(String title, ExportFormat format) {
        String safe = title == null ? "" : title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        return (safe.isEmpty() ? "journey-map" : safe) + "." + format.extension();
    }
}
