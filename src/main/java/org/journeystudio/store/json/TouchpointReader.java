package org.journeystudio.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.ExperienceComponent;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;

/**
 * Reads one touchpoint object of format version 1 to 6, remembering where its references and ratings stood; old
 * opportunity notes go to {@link LegacyNotes}.
 */
final class TouchpointReader {
    private static final List<String> FIELDS = List.of("id", "stage", "lane", "order", "title", "description",
            "channel", "owner", "emotion", "components", "expectations", "painPoints", "opportunities",
            "satisfaction", "expectedScore", "evidence", "origin", "failPoint", "waitPoint", "waitDuration", "links", "image",
            "path");

    private final JsonCursor in;
    private final ProblemLocations locations;
    private final Map<String, JsonLocation> placesInThisTouchpoint = new LinkedHashMap<>();
    private final Map<String, String> jsonPathsInThisTouchpoint = new LinkedHashMap<>();
    private final ImageSource images;
    private final LegacyNotes notes;

    TouchpointReader(JsonCursor in, ProblemLocations locations, ImageSource images, LegacyNotes notes) {
        this.in = in;
        this.locations = locations;
        this.images = images;
        this.notes = notes;
    }

    private org.journeystudio.model.TouchpointImage image(String key) throws JourneyFormatException {
        org.journeystudio.model.TouchpointImage image = images.image(key);
        if (image == null) {
            throw in.problemHere(Messages.text("journeyfile.imageMissing", key));
        }
        return image;
    }

    /** Reads the touchpoint whose opening brace is the current token. */
    Touchpoint read() throws JourneyFormatException {
        in.expectObject(JsonElement.TOUCHPOINT);
        JsonLocation start = in.here();
        placesInThisTouchpoint.clear();
        jsonPathsInThisTouchpoint.clear();
        Touchpoint.Builder tp = Touchpoint.builder(null, null, null);
        String id = null;
        String stage = null;
        String lane = null;
        OpportunitiesJson.Links opportunities = OpportunitiesJson.Links.NONE;
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            String name = field.get();
            if (!name.equals("satisfaction")) {
                placesInThisTouchpoint.put(name, in.here());
            }
            switch (name) {
                case "id" -> id = in.id(name);
                case "stage" -> stage = in.id(name);
                case "lane" -> lane = in.id(name);
                case "order" -> tp.order(in.wholeNumber(name));
                case "title" -> tp.title(in.optionalText(name));
                case "description" -> tp.description(in.optionalText(name));
                case "channel" -> tp.channel(channel());
                case "owner" -> tp.owner(in.optionalText(name));
                case "emotion" -> tp.emotion(emotion());
                case "components" -> tp.components(components());
                case "expectations" -> tp.expectations(expectations());
                case "painPoints" -> tp.painPoints(painPoints());
                case "opportunities" -> opportunities = OpportunitiesJson.links(in, true);
                case "satisfaction" -> tp.satisfaction(satisfaction());
                case "expectedScore" -> tp.expectedScore(in.isNull() ? null : in.number(name));
                case "evidence" -> tp.evidence(in.isNull() ? null : in.word(name, Evidence.class));
                case "origin" -> tp.origin(in.optionalText(name));
                case "failPoint" -> tp.failPoint(in.bool(name));
                case "waitPoint" -> tp.waitPoint(in.bool(name));
                case "waitDuration" -> tp.waitDuration(in.optionalText(name));
                case "links" -> tp.links(links());
                case "image" -> tp.image(in.isNull() ? null : image(in.id(name)));
                case "path" -> tp.pathId(in.isNull() ? "" : in.optionalText(name));
                default -> throw in.unknownField(name, JsonElement.TOUCHPOINT, FIELDS);
            }
        }
        if (id == null) {
            throw in.missing(start, JsonElement.TOUCHPOINT, "id");
        }
        if (stage == null) {
            throw in.missing(start, JsonElement.NAMED_TOUCHPOINT, "stage", id);
        }
        if (lane == null) {
            throw in.missing(start, JsonElement.NAMED_TOUCHPOINT, "lane", id);
        }
        String path = ProblemLocations.touchpoint(id);
        locations.put(path, start);
        placesInThisTouchpoint.forEach((field, at) -> locations.put(path + "." + field, at));
        tp.opportunityIds(notes.ids(id, opportunities));
        jsonPathsInThisTouchpoint.forEach((field, json) -> locations.putJsonPath(path + "." + field, json));
        return in.build(start, tp.id(id).stageId(stage).laneId(lane)::build);
    }

    /** Where the touchpoint just read had its id, so a duplicate id can be pointed at. */
    JsonLocation idLocation() {
        return placesInThisTouchpoint.get("id");
    }

    private Channel channel() throws JourneyFormatException {
        if (in.isNull()) {
            return null;
        }
        in.expectObject("channel");
        ChannelKind kind = null;
        String detail = null;
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            switch (field.get()) {
                case "kind" -> kind = in.word("kind", ChannelKind.class);
                case "detail" -> detail = in.optionalText("detail");
                default -> throw in.unknownField(field.get(), JsonElement.CHANNEL, List.of("kind", "detail"));
            }
        }
        return new Channel(kind, detail);
    }

    private List<TouchpointLink> links() throws JourneyFormatException {
        List<TouchpointLink> links = new ArrayList<>();
        if (in.isNull()) {
            return links;
        }
        in.expectArray("links");
        int position = 0;
        while (in.nextElement()) {
            in.expectObject(JsonElement.LINK);
            JsonLocation start = in.here();
            String to = null;
            LinkKind kind = LinkKind.DEPENDS_ON;
            for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
                switch (field.get()) {
                    case "to" -> {
                        String key = "links[" + position + "].to";
                        placesInThisTouchpoint.put(key, in.here());
                        jsonPathsInThisTouchpoint.put(key, in.jsonPath());
                        to = in.id("to");
                    }
                    case "kind" -> kind = in.word("kind", LinkKind.class);
                    default -> throw in.unknownField(field.get(), JsonElement.LINK, List.of("to", "kind"));
                }
            }
            if (to == null) {
                throw in.missing(start, JsonElement.LINK, "to");
            }
            links.add(new TouchpointLink(to, kind));
            position++;
        }
        return links;
    }

    private Emotion emotion() throws JourneyFormatException {
        if (in.isNull()) {
            return null;
        }
        in.expectObject("emotion");
        JsonLocation start = in.here();
        Integer score = null;
        String label = null;
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            switch (field.get()) {
                case "score" -> score = in.wholeNumber("score", Emotion.MIN, Emotion.MAX);
                case "label" -> label = in.optionalText("label");
                default -> throw in.unknownField(field.get(), JsonElement.EMOTION, List.of("score", "label"));
            }
        }
        if (score == null) {
            throw in.missing(start, JsonElement.EMOTION, "score");
        }
        return new Emotion(score, label);
    }

    private Set<ExperienceComponent> components() throws JourneyFormatException {
        Set<ExperienceComponent> components = EnumSet.noneOf(ExperienceComponent.class);
        if (in.isNull()) {
            return components;
        }
        in.expectArray("components");
        while (in.nextElement()) {
            components.add(in.word("components", ExperienceComponent.class));
        }
        return components;
    }

    private List<String> expectations() throws JourneyFormatException {
        List<String> expectations = new ArrayList<>();
        if (in.isNull()) {
            return expectations;
        }
        in.expectArray("expectations");
        while (in.nextElement()) {
            expectations.add(in.text("expectations"));
        }
        return expectations;
    }

    private List<PainPoint> painPoints() throws JourneyFormatException {
        List<PainPoint> painPoints = new ArrayList<>();
        if (in.isNull()) {
            return painPoints;
        }
        in.expectArray("painPoints");
        while (in.nextElement()) {
            in.expectObject(JsonElement.PAIN_POINT);
            JsonLocation start = in.here();
            String text = null;
            Integer severity = null;
            Evidence evidence = null;
            List<String> opportunityIds = List.of();
            String shared = null;
            for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
                switch (field.get()) {
                    case "text" -> text = in.optionalText("text");
                    case "severity" -> severity = in.wholeNumber("severity",
                            PainPoint.MIN_SEVERITY, PainPoint.MAX_SEVERITY);
                    case "evidence" -> evidence = in.isNull() ? null : in.word("evidence", Evidence.class);
                    case "opportunities" -> opportunityIds = OpportunitiesJson.links(in, false).ids();
                    case "sharedId" -> shared = in.optionalText("sharedId");
                    default -> throw in.unknownField(field.get(), JsonElement.PAIN_POINT,
                            List.of("text", "severity", "evidence", "opportunities", "sharedId"));
                }
            }
            if (severity == null) {
                throw in.missing(start, JsonElement.PAIN_POINT, "severity");
            }
            try {
                painPoints.add(new PainPoint(text, severity, evidence, opportunityIds, shared));
            } catch (IllegalArgumentException e) {
                throw in.problem(start, Messages.text("journeyfile.badPainPoint", e.getMessage()));
            }
        }
        return painPoints;
    }

    /** Segment id → rating; each rating's place is kept as {@code satisfaction[segment]} for range checks. */
    private Map<String, Double> satisfaction() throws JourneyFormatException {
        Map<String, Double> ratings = new LinkedHashMap<>();
        if (in.isNull()) {
            return ratings;
        }
        in.expectObject("satisfaction");
        placesInThisTouchpoint.put("satisfaction", in.here());
        for (Optional<String> segment; (segment = in.nextField()).isPresent(); ) {
            placesInThisTouchpoint.put("satisfaction[" + segment.get() + "]", in.here());
            ratings.put(segment.get(), in.number(segment.get()));
        }
        return ratings;
    }
}
