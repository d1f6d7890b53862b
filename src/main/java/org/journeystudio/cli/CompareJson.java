package org.journeystudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.journeystudio.compare.FieldChange;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.compare.OpportunityChange;
import org.journeystudio.compare.SatisfactionDelta;
import org.journeystudio.compare.StageEmotion;
import org.journeystudio.compare.TouchpointChange;

/**
 * Prints a comparison as JSON (the layout is in {@code compare --help}): touchpoints added, removed (ids) and
 * changed (with each field's old and new text), the emotion per stage, and the delta heatmap with n and whether
 * the two intervals are apart. Unknown values are {@code null}; numbers are rounded to four decimals.
 */
final class CompareJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CompareJson() {
    }

    static void print(MapComparison comparison, String before, String after, PrintWriter out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("old", before);
        root.put("new", after);
        root.put("scale", comparison.scale().label());
        root.put("scaleNote", comparison.scaleNote());
        ObjectNode touchpoints = root.putObject("touchpoints");
        ArrayNode added = touchpoints.putArray("added");
        comparison.added().forEach(t -> added.add(t.id()));
        ArrayNode removed = touchpoints.putArray("removed");
        comparison.removed().forEach(t -> removed.add(t.id()));
        ArrayNode changed = touchpoints.putArray("changed");
        for (TouchpointChange change : comparison.changed()) {
            ObjectNode node = changed.addObject().put("id", change.id()).put("oldId", change.beforeId())
                    .put("title", change.title()).put("stage", change.stage())
                    .put("match", change.match().name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode names = node.putArray("fields");
            change.fieldNames().forEach(names::add);
            ArrayNode fields = node.putArray("changes");
            for (FieldChange field : change.fields()) {
                fields.addObject().put("field", field.field()).put("old", field.before()).put("new", field.after());
            }
        }
        touchpoints.put("unchanged", comparison.unchanged());
        ArrayNode opportunities = root.putArray("opportunities");
        for (OpportunityChange change : comparison.opportunities()) {
            ArrayNode fields = opportunities.addObject().put("kind", change.kind()).put("title", change.title())
                    .putArray("changes");
            change.fields().forEach(f -> fields.addObject().put("field", f.field()).put("old", f.before())
                    .put("new", f.after()));
        }
        ArrayNode stages = root.putArray("stages");
        for (StageEmotion stage : comparison.stages()) {
            ObjectNode node = stages.addObject().put("id", stage.stageId()).put("name", stage.stage());
            number(node, "emotionOld", stage.before());
            number(node, "emotionNew", stage.after());
            number(node, "delta", stage.delta());
        }
        ArrayNode satisfaction = root.putArray("satisfaction");
        for (SatisfactionDelta cell : comparison.satisfaction()) {
            ObjectNode node = satisfaction.addObject().put("touchpoint", cell.touchpointId())
                    .put("title", cell.touchpoint()).put("segment", cell.segmentId())
                    .put("segmentName", cell.segment());
            number(node, "old", cell.before());
            number(node, "new", cell.after());
            number(node, "delta", cell.delta());
            node.put("nOld", cell.nBefore());
            node.put("nNew", cell.nAfter());
            node.put("apart", cell.apart());
        }
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static void number(ObjectNode node, String name, Double value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, CompareText.rounded(value));
        }
    }
}
