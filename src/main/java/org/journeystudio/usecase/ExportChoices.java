package org.journeystudio.usecase;

import java.util.List;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.ExportOptions;
import org.journeystudio.render.PageFit;
import org.journeystudio.render.PageSize;

/**
 * What the export dialog was answered with.
 *
 * @param segmentIds the heatmap segments to export, in the map's order; empty for every segment
 */
public record ExportChoices(ExportFormat format, double scale, boolean transparent, PageSize page, PageFit fit,
                            boolean heatmap, List<String> segmentIds) {

    public ExportChoices {
        segmentIds = segmentIds == null ? List.of() : List.copyOf(segmentIds);
    }

    /** The render options these choices ask for. */
    public ExportOptions options() {
        ExportOptions options = ExportOptions.of(format).withScale(scale).withTransparent(transparent)
                .withPage(page).withFit(fit);
        return heatmap ? options.withHeatmap(segmentIds) : options;
    }

    /** The usual first answers: a PDF of the map on one A4 page. */
    public static final ExportChoices DEFAULT = new ExportChoices(ExportFormat.PDF, 1, false, PageSize.A4,
            PageFit.FIT_TO_PAGE, false, List.of());

    /**
     * These choices as one line for the preferences, without the segments (segments belong to one map):
     * {@code format=PNG;scale=2;transparent=true;page=A3;fit=POSTER;heatmap=false}.
     */
    public String encode() {
        return "format=" + format + ";scale=" + (int) scale + ";transparent=" + transparent + ";page=" + page
                + ";fit=" + fit + ";heatmap=" + heatmap;
    }

    /** Choices read back from {@link #encode()}; anything missing or unreadable takes the value in {@link #DEFAULT}. */
    public static ExportChoices decode(String encoded) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String pair : (encoded == null ? "" : encoded).split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return new ExportChoices(
                read(values, "format", ExportFormat::valueOf, DEFAULT.format()),
                read(values, "scale", text -> scaleOf(Integer.parseInt(text)), DEFAULT.scale()),
                read(values, "transparent", Boolean::parseBoolean, DEFAULT.transparent()),
                read(values, "page", PageSize::valueOf, DEFAULT.page()),
                read(values, "fit", PageFit::valueOf, DEFAULT.fit()),
                read(values, "heatmap", Boolean::parseBoolean, DEFAULT.heatmap()),
                List.of());
    }

    private static double scaleOf(int scale) {
        if (scale != 1 && scale != 2 && scale != 4) {
            throw new IllegalArgumentException("The dialog offers 1×, 2× and 4×, not " + scale + "×");
        }
        return scale;
    }

    private static <T> T read(java.util.Map<String, String> values, String key,
                              java.util.function.Function<String, T> parse, T fallback) {
        String text = values.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException unreadable) {
            // Preferences from another version or edited by hand: start from the usual choice instead.
            return fallback;
        }
    }

    /** A file name for the export: the map's title made safe for file systems, with the format's extension. */
    public static String fileName(String title, ExportFormat format) {
        String safe = title == null ? "" : title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        return (safe.isEmpty() ? "journey-map" : safe) + "." + format.extension();
    }
}
