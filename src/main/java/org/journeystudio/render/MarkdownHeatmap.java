package org.journeystudio.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.journeystudio.compare.RatingSpread;
import org.journeystudio.compare.RatingSpreads;
import org.journeystudio.layout.HeatmapColumn;
import org.journeystudio.layout.HeatmapLayout;
import org.journeystudio.layout.HeatmapRow;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.survey.HeatmapOptions;

/**
 * The satisfaction heatmap as a Markdown table, the PDF's rows and columns ({@link HeatmapLayout}): each cell the
 * mean, and, where the library knows the answers behind it, their number n, the 95% interval and a low-n flag.
 * A map read from a file holds means only; the report then says that n is not known.
 */
final class MarkdownHeatmap {
    /** The flag of a mean from fewer answers than the heatmap's low-n threshold. */
    static final String LOW_N_FLAG = "⚠ low n";

    private MarkdownHeatmap() {
    }

    static void append(StringBuilder out, JourneyMap map, RatingSpreads spreads) {
        HeatmapLayout layout = HeatmapLayout.of(map);
        if (layout.columns().isEmpty() || layout.rows().isEmpty()) {
            return;
        }
        out.append("## Satisfaction heatmap\n\n").append("Means on the map's scale (").append(map.scale().min())
                .append("–").append(map.scale().max()).append(", neutral ").append(number(map.scale().neutral()))
                .append("). ");
        boolean known = hasAnySpread(map, spreads);
        out.append(known ? "n is the number of survey answers behind a mean, with its 95% interval; "
                + LOW_N_FLAG + " marks fewer than " + HeatmapOptions.DEFAULT_LOW_N + " answers. A mean without n"
                + " was typed in, not imported from a survey.\n\n"
                : "The number of answers behind each mean (n) is not known here: the map holds means only. Render"
                + " the project from the library (`--project`) to include n.\n\n");
        List<HeatmapColumn> columns = layout.columns();
        out.append("| Stage | Touchpoint |");
        columns.forEach(c -> out.append(' ').append(MarkdownText.cell(c.name())).append(" |"));
        out.append("\n|---|---|").append("---|".repeat(columns.size())).append('\n');
        java.util.Map<String, Touchpoint> touchpoints = new java.util.HashMap<>();
        map.touchpoints().forEach(t -> touchpoints.put(t.id(), t));
        java.util.Map<String, String> stageNames = new java.util.HashMap<>();
        layout.bands().forEach(b -> stageNames.put(b.stageId(), b.name()));
        for (HeatmapRow row : layout.rows()) {
            Touchpoint t = touchpoints.get(row.touchpointId());
            out.append("| ").append(MarkdownText.cell(stageNames.getOrDefault(row.stageId(), ""))).append(" | ")
                    .append(MarkdownText.cell(row.title().isBlank() ? "(untitled)" : row.title())).append(" |");
            for (HeatmapColumn column : columns) {
                Double mean = t.satisfaction().get(column.segmentId());
                out.append(' ').append(mean == null ? "–"
                        : value(mean, spreads.of(t.id(), column.segmentId()))).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private static boolean hasAnySpread(JourneyMap map, RatingSpreads spreads) {
        for (Touchpoint t : map.customerTouchpoints()) {
            for (String segmentId : t.satisfaction().keySet()) {
                if (spreads.of(t.id(), segmentId).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String value(double mean, Optional<RatingSpread> spread) {
        if (spread.isEmpty()) {
            return number(mean);
        }
        RatingSpread s = spread.get();
        StringBuilder text = new StringBuilder(number(mean)).append(" (n=").append(s.n());
        if (!Double.isNaN(s.ciLow()) && !Double.isNaN(s.ciHigh())) {
            text.append(String.format(Locale.ROOT, ", 95%% CI %.1f–%.1f", s.ciLow(), s.ciHigh()));
        }
        if (s.n() < HeatmapOptions.DEFAULT_LOW_N) {
            text.append(", ").append(LOW_N_FLAG);
        }
        return text.append(')').toString();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
