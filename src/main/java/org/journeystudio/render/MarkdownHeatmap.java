package org.journeystudio.render;

import org.journeystudio.i18n.Messages;
import java.util.List;
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
    private MarkdownHeatmap() {
    }

    static void append(StringBuilder out, JourneyMap map, RatingSpreads spreads) {
        HeatmapLayout layout = HeatmapLayout.of(map);
        if (layout.columns().isEmpty() || layout.rows().isEmpty()) {
            return;
        }
        out.append("## ").append(Messages.text("report.heatmapHeading")).append("\n\n")
                .append(Messages.text("report.heatmapMeans", map.scale().min(), map.scale().max(),
                        number(map.scale().neutral()))).append(' ');
        boolean known = hasAnySpread(map, spreads);
        out.append(known ? Messages.text("report.heatmapKnown", Messages.text("report.lowN"), HeatmapOptions.DEFAULT_LOW_N)
                : Messages.text("report.heatmapUnknown")).append("\n\n");
        List<HeatmapColumn> columns = layout.columns();
        out.append("| ").append(Messages.text("report.stage")).append(" | ").append(Messages.text("report.touchpoint"))
                .append(" |");
        columns.forEach(c -> out.append(' ').append(MarkdownText.cell(c.name())).append(" |"));
        out.append("\n|---|---|").append("---|".repeat(columns.size())).append('\n');
        java.util.Map<String, Touchpoint> touchpoints = new java.util.HashMap<>();
        map.touchpoints().forEach(t -> touchpoints.put(t.id(), t));
        java.util.Map<String, String> stageNames = new java.util.HashMap<>();
        layout.bands().forEach(b -> stageNames.put(b.stageId(), b.name()));
        for (HeatmapRow row : layout.rows()) {
            Touchpoint t = touchpoints.get(row.touchpointId());
            out.append("| ").append(MarkdownText.cell(stageNames.getOrDefault(row.stageId(), ""))).append(" | ")
                    .append(MarkdownText.cell(row.title().isBlank() ? Messages.text("report.untitled") : row.title())).append(" |");
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
        List<String> about = new java.util.ArrayList<>(List.of(Messages.text("report.n", s.n())));
        if (!Double.isNaN(s.ciLow()) && !Double.isNaN(s.ciHigh())) {
            about.add(Messages.text("report.interval", number(s.ciLow()), number(s.ciHigh())));
        }
        if (s.n() < HeatmapOptions.DEFAULT_LOW_N) {
            about.add(Messages.text("report.lowN"));
        }
        return number(mean) + " (" + String.join(", ", about) + ")";
    }

    /** A mean or bound as people read it in the report's language (4.2, 4,2). */
    static String number(double value) {
        return Messages.number(value, 1);
    }
}
