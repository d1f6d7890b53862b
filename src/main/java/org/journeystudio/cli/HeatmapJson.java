package org.journeystudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.survey.BadRow;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.survey.Heatmap;
import org.journeystudio.survey.HeatmapCell;
import org.journeystudio.survey.LabelVariants;

/**
 * Prints a heatmap as JSON: {@code touchpoints}, {@code segments} and {@code cells} (touchpoint, segment, mean,
 * n and the other statistics), the {@code scale} of every touchpoint (or null when they differ) and each
 * touchpoint's {@code scales} entry; statistics that cannot be computed are {@code null}.
 */
final class HeatmapJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HeatmapJson() {
    }

    static void print(Heatmap heatmap, PrintWriter out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("survey", heatmap.format().source().toString());
        root.put("layout", heatmap.format().layout().displayName());
        root.put("rowsRead", heatmap.rowsRead());
        ArrayNode touchpoints = root.putArray("touchpoints");
        heatmap.touchpoints().forEach(touchpoints::add);
        List<String> ranges = heatmap.ratings().stream().map(r -> r.scale().range()).distinct().toList();
        if (ranges.size() == 1) {
            root.put("scale", ranges.get(0));
        } else {
            root.putNull("scale"); // the touchpoints differ; each has its own in "scales"
        }
        ArrayNode scales = root.putArray("scales");
        for (int t = 0; t < heatmap.touchpoints().size(); t++) {
            AnswerScale scale = heatmap.ratings().get(t).scale();
            ObjectNode node = scales.addObject().put("touchpoint", heatmap.touchpoints().get(t))
                    .put("scale", scale.range()).put("label", scale.label())
                    .put("notApplicable", heatmap.cell(heatmap.touchpoints().get(t), Heatmap.ALL).statistics()
                            .notApplicable());
            ArrayNode labels = node.putArray("points");
            for (int point = 0; point < scale.points(); point++) {
                labels.add(scale.pointLabel(point));
            }
        }
        ArrayNode segments = root.putArray("segments");
        heatmap.segments().forEach(segments::add);
        ArrayNode cells = root.putArray("cells");
        for (HeatmapCell cell : heatmap.cells()) {
            CellStatistics s = cell.statistics();
            ObjectNode node = cells.addObject();
            node.put("touchpoint", cell.touchpoint());
            node.put("segment", cell.segment());
            number(node, "mean", s.mean());
            node.put("n", s.n());
            number(node, "sd", s.standardDeviation());
            number(node, "ciLow", s.ciLow());
            number(node, "ciHigh", s.ciHigh());
            number(node, "topTwoBox", s.topTwoBox());
            number(node, "csat", s.csat());
            number(node, "nps", s.nps());
            node.put("lowN", s.lowN());
            node.put("notApplicable", s.notApplicable());
            ArrayNode distribution = node.putArray("distribution");
            s.distribution().forEach(distribution::add);
        }
        ArrayNode variants = root.putArray("labelVariants");
        for (LabelVariants v : heatmap.variants()) {
            ObjectNode node = variants.addObject();
            node.put("column", v.column());
            node.put("label", v.label());
            ObjectNode spellings = node.putObject("spellings");
            v.spellings().forEach(spellings::put);
        }
        root.put("badRowCount", heatmap.badRowCount());
        ArrayNode badRows = root.putArray("badRows");
        for (BadRow row : heatmap.badRows()) {
            badRows.addObject().put("line", row.line()).put("reason", row.reason());
        }
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
