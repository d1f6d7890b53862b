package org.journeystudio.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.model.Touchpoint;

/** The action plan as JSON, in the schema {@code docs/action-plan.md} describes (its {@code "schema"} is 1). */
final class ActionPlanJson {
    static final int SCHEMA = 1;

    private ActionPlanJson() {
    }

    static void write(JourneyMap map, List<ActionPlanRow> rows, PriorityRule rule, OutputStream out)
            throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("schema", SCHEMA);
            json.writeObjectFieldStart("journey");
            json.writeStringField("id", map.id());
            json.writeStringField("title", map.title());
            json.writeEndObject();
            json.writeStringField("priorityRule", rule.describe());
            json.writeNumberField("customerWeight", rule.customerWeight());
            json.writeArrayFieldStart("opportunities");
            for (ActionPlanRow row : rows) {
                opportunity(json, map, row);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void opportunity(JsonGenerator json, JourneyMap map, ActionPlanRow row) throws IOException {
        Opportunity o = row.opportunity();
        json.writeStartObject();
        json.writeStringField("id", o.id());
        json.writeStringField("title", o.title());
        json.writeStringField("description", o.description());
        json.writeStringField("owner", o.owner());
        json.writeStringField("status", o.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        json.writeStringField("due", o.due() == null ? null : o.due().toString());
        number(json, "effort", o.effort());
        number(json, "customerValue", o.customerValue());
        number(json, "businessValue", o.businessValue());
        number(json, "value", row.value());
        number(json, "priority", row.priority());
        json.writeObjectFieldStart("kpi");
        json.writeStringField("name", o.kpi().name());
        json.writeStringField("baseline", o.kpi().baseline());
        json.writeStringField("target", o.kpi().target());
        json.writeEndObject();
        json.writeStringField("evidence", o.evidence().name().toLowerCase(java.util.Locale.ROOT));
        json.writeArrayFieldStart("addresses");
        for (Touchpoint t : map.touchpointsInJourneyOrder()) {
            if (!t.addressedBy(o.id())) {
                continue;
            }
            json.writeStartObject();
            json.writeStringField("touchpointId", t.id());
            json.writeStringField("touchpoint", t.title());
            json.writeStringField("stage", map.stage(t.stageId()).map(s -> s.name()).orElse(""));
            json.writeBooleanField("asAWhole", t.opportunityIds().contains(o.id()));
            json.writeArrayFieldStart("painPoints");
            for (var pain : t.painPoints()) {
                if (pain.opportunityIds().contains(o.id())) {
                    json.writeString(pain.text());
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, Number value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else if (value instanceof Integer whole) {
            json.writeNumberField(field, whole);
        } else {
            json.writeNumberField(field, Math.round(value.doubleValue() * 10_000) / 10_000.0);
        }
    }
}
