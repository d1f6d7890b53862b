package org.journeystudio.store.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.ExperienceComponent;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.StagePath;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.store.KeptVersion;

/**
 * Writes a map as format version 1, 2 when it has scenarios or versions, 3 when it uses the blueprint, 4 when
 * its touchpoints have images, 6 when it has opportunities ({@link JsonFormat#versionFor}). Every field is
 * written, always in the same order, so two exports of the same map are byte-identical and a hand edit shows up
 * as a small diff.
 */
final class JourneyJsonWriter {
    private final JsonGenerator out;
    /** The map's opportunities by id while it is written as notes, empty otherwise. */
    private Map<String, Opportunity> notes = Map.of();

    private JourneyJsonWriter(JsonGenerator out) {
        this.out = out;
    }

    static String toJson(JourneyFile file) {
        return toJson(file, true);
    }

    /** @param embedImages whether to write the {@code "images"} section, or leave the images to the caller */
    static String toJson(JourneyFile file, boolean embedImages) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JsonFormat.FACTORY.createGenerator(text)) {
            generator.setPrettyPrinter(JsonFormat.prettyPrinter());
            new JourneyJsonWriter(generator).document(file, embedImages);
        } catch (IOException e) {
            // A StringWriter never fails; anything here is a bug, not a user's problem.
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    static String touchpointsToJson(List<Touchpoint> touchpoints) {
        return array(writer -> {
            for (Touchpoint touchpoint : touchpoints) {
                writer.touchpoint(touchpoint);
            }
        });
    }

    static String stagesToJson(List<Stage> stages) {
        return array(writer -> {
            for (Stage stage : stages) {
                writer.stage(stage);
            }
        });
    }

    static String segmentsToJson(List<Segment> segments) {
        return array(writer -> {
            for (Segment segment : segments) {
                writer.segment(segment);
            }
        });
    }

    static String personasToJson(List<Persona> personas) {
        return array(writer -> {
            for (Persona persona : personas) {
                writer.persona(persona);
            }
        });
    }

    /** A bare JSON array on one line, its elements in the file's layout. */
    private static String array(Elements elements) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JsonFormat.FACTORY.createGenerator(text)) {
            generator.writeStartArray();
            elements.write(new JourneyJsonWriter(generator));
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @FunctionalInterface
    private interface Elements {
        void write(JourneyJsonWriter writer) throws IOException;
    }

    private void document(JourneyFile file, boolean embedImages) throws IOException {
        out.writeStartObject();
        out.writeNumberField("formatVersion", JsonFormat.versionFor(file));
        out.writeFieldName("map");
        map(file.map(), JsonFormat.versionFor(file.map()));
        if (!file.versions().isEmpty()) {
            versions(file.versions());
        }
        if (embedImages) {
            ImagesWriter.write(out, file);
        }
        out.writeEndObject();
    }

    /** Each version's map in the layout of its own version (scenarios only when it has them). */
    private void versions(List<KeptVersion> versions) throws IOException {
        out.writeArrayFieldStart("versions");
        for (KeptVersion version : versions) {
            out.writeStartObject();
            out.writeStringField("name", version.name());
            out.writeStringField("note", version.note());
            out.writeStringField("created", version.created().toString());
            out.writeBooleanField("automatic", version.automatic());
            out.writeFieldName("map");
            map(version.map(), JsonFormat.versionFor(version.map()));
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private void map(JourneyMap map, int version) throws IOException {
        // Before format 6 the opportunities are the touchpoints' notes (LegacyNotes.expressible).
        notes = version < 6 ? map.opportunities().stream().collect(java.util.stream.Collectors.toMap(
                Opportunity::id, o -> o)) : Map.of();
        out.writeStartObject();
        out.writeStringField("id", map.id());
        out.writeStringField("title", map.title());
        out.writeStringField("description", map.description());
        out.writeStringField("scenario", map.scenario());
        out.writeStringField("created", map.created().toString());
        out.writeStringField("modified", map.modified().toString());
        out.writeStringField("scale", map.scale().label());
        out.writeArrayFieldStart("personas");
        for (Persona persona : map.personas()) {
            persona(persona);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("segments");
        for (Segment segment : map.segments()) {
            segment(segment);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("stages");
        for (Stage stage : map.stages()) {
            stage(stage);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("lanes");
        for (Lane lane : map.lanes()) {
            lane(lane);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("touchpoints");
        for (Touchpoint touchpoint : map.touchpoints()) {
            touchpoint(touchpoint);
        }
        out.writeEndArray();
        if (version >= 2) {
            scenarios(map);
        }
        if (version >= 6) {
            OpportunitiesJson.write(out, map.opportunities());
        }
        out.writeEndObject();
    }

    /** The map's own touchpoints are the active scenario's; each other scenario lists its own. */
    private void scenarios(JourneyMap map) throws IOException {
        out.writeObjectFieldStart("scenarios");
        out.writeStringField("active", map.scenarios().activeId());
        out.writeArrayFieldStart("list");
        for (Scenario scenario : map.scenarios().list()) {
            out.writeStartObject();
            out.writeStringField("id", scenario.id());
            out.writeStringField("name", scenario.name());
            out.writeStringField("basis", scenario.basisId());
            if (!scenario.id().equals(map.scenarios().activeId())) {
                out.writeArrayFieldStart("touchpoints");
                for (Touchpoint touchpoint : map.touchpointsOf(scenario.id())) {
                    touchpoint(touchpoint);
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private void persona(Persona persona) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", persona.id());
        out.writeStringField("name", persona.name());
        out.writeStringField("description", persona.description());
        out.writeStringField("color", persona.color());
        out.writeStringField("segment", persona.segmentId());
        // The details are written only when given, so a map without them stays readable by earlier versions.
        if (persona.icon() != null) {
            out.writeStringField("icon", persona.icon());
        }
        if (persona.photo() != null) {
            out.writeStringField("photo", persona.photo());
        }
        if (!persona.quote().isEmpty()) {
            out.writeStringField("quote", persona.quote());
        }
        texts("goals", persona.goals());
        texts("needs", persona.needs());
        texts("frustrations", persona.frustrations());
        sharedId(out, persona.sharedId());
        out.writeEndObject();
    }

    private void texts(String field, List<String> texts) throws IOException {
        if (texts.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart(field);
        for (String text : texts) {
            out.writeString(text);
        }
        out.writeEndArray();
    }

    private void segment(Segment segment) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", segment.id());
        out.writeStringField("name", segment.name());
        out.writeStringField("description", segment.description());
        out.writeStringField("color", segment.color());
        if (segment.share() != null) {
            out.writeNumberField("share", segment.share());
        }
        out.writeEndObject();
    }

    private void stage(Stage stage) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", stage.id());
        out.writeStringField("name", stage.name());
        out.writeStringField("description", stage.description());
        out.writeNumberField("widthHint", stage.widthHint());
        // Version 5: written only when the stage has paths, so a stage without them stays as earlier studios wrote it.
        if (!stage.paths().isEmpty()) {
            out.writeArrayFieldStart("paths");
            for (StagePath path : stage.paths()) {
                out.writeStartObject();
                out.writeStringField("id", path.id());
                out.writeStringField("name", path.name());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private void lane(Lane lane) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", lane.id());
        out.writeStringField("kind", FormatWords.word(lane.kind()));
        out.writeStringField("title", lane.title());
        out.writeBooleanField("visible", lane.visible());
        // Version 3 fields are written only when used, so a map without them stays as earlier studios wrote it.
        if (lane.role().inBlueprint()) {
            out.writeStringField("role", FormatWords.word(lane.role()));
        }
        out.writeEndObject();
    }

    private void touchpoint(Touchpoint tp) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", tp.id());
        out.writeStringField("stage", tp.stageId());
        out.writeStringField("lane", tp.laneId());
        out.writeNumberField("order", tp.order());
        out.writeStringField("title", tp.title());
        out.writeStringField("description", tp.description());
        out.writeObjectFieldStart("channel");
        out.writeStringField("kind", FormatWords.word(tp.channel().kind()));
        out.writeStringField("detail", tp.channel().detail());
        out.writeEndObject();
        out.writeStringField("owner", tp.owner());
        out.writeObjectFieldStart("emotion");
        out.writeNumberField("score", tp.emotion().score());
        out.writeStringField("label", tp.emotion().label());
        out.writeEndObject();
        components(tp);
        out.writeArrayFieldStart("expectations");
        for (String expectation : tp.expectations()) {
            out.writeString(expectation);
        }
        out.writeEndArray();
        painPoints(tp.painPoints());
        if (notes.isEmpty()) {
            OpportunitiesJson.ids(out, tp.opportunityIds(), true);
        } else {
            OpportunitiesJson.notes(out, tp.opportunityIds().stream().map(notes::get).toList());
        }
        out.writeObjectFieldStart("satisfaction");
        for (Map.Entry<String, Double> rating : tp.satisfaction().entrySet()) {
            out.writeNumberField(rating.getKey(), rating.getValue());
        }
        out.writeEndObject();
        if (tp.expectedScore() == null) {
            out.writeNullField("expectedScore");
        } else {
            out.writeNumberField("expectedScore", tp.expectedScore());
        }
        out.writeStringField("evidence", FormatWords.word(tp.evidence()));
        if (!tp.origin().isEmpty()) {
            out.writeStringField("origin", tp.origin());
        }
        blueprint(tp);
        if (!tp.pathId().isEmpty()) {
            out.writeStringField("path", tp.pathId());
        }
        if (tp.image() != null) {
            out.writeStringField("image", tp.image().hash());
        }
        out.writeEndObject();
    }

    private void blueprint(Touchpoint tp) throws IOException {
        if (tp.failPoint()) {
            out.writeBooleanField("failPoint", true);
        }
        if (tp.waitPoint()) {
            out.writeBooleanField("waitPoint", true);
            if (!tp.waitDuration().isEmpty()) {
                out.writeStringField("waitDuration", tp.waitDuration());
            }
        }
        if (!tp.links().isEmpty()) {
            out.writeArrayFieldStart("links");
            for (TouchpointLink link : tp.links()) {
                out.writeStartObject();
                out.writeStringField("to", link.targetId());
                out.writeStringField("kind", FormatWords.word(link.kind()));
                out.writeEndObject();
            }
            out.writeEndArray();
        }
    }

    private void components(Touchpoint tp) throws IOException {
        // The model holds a Set without a fixed iteration order; the file lists them in declaration order.
        out.writeArrayFieldStart("components");
        for (ExperienceComponent component : tp.components().stream().sorted(Comparator.naturalOrder()).toList()) {
            out.writeString(FormatWords.word(component));
        }
        out.writeEndArray();
    }

    private void painPoints(List<PainPoint> painPoints) throws IOException {
        out.writeArrayFieldStart("painPoints");
        for (PainPoint pain : painPoints) {
            out.writeStartObject();
            out.writeStringField("text", pain.text());
            out.writeNumberField("severity", pain.severity());
            out.writeStringField("evidence", FormatWords.word(pain.evidence()));
            OpportunitiesJson.ids(out, pain.opportunityIds(), false);
            sharedId(out, pain.sharedId());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /** A shared library item's id, written only when the item is shared, so other maps are written as before. */
    static void sharedId(JsonGenerator out, String sharedId) throws IOException {
        if (sharedId != null) {
            out.writeStringField("sharedId", sharedId);
        }
    }
}
