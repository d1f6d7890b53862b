package org.journeystudio.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.LaneRole;
import org.journeystudio.model.Persona;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Scenarios;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.KeptVersion;

/**
 * Reads format versions 1, 2 ({@code "scenarios"}, {@code "versions"}), 3 (lane roles, fail and wait points, links),
 * 4 (images), 5 (paths in stages, connectors) and 6 (the map's opportunities) in one streaming pass, field by field
 * in any order, and hands the map to {@link MapChecks} with the place of every element, so each problem is reported
 * where it is in the file.
 */
final class JourneyJsonReader {
    private static final List<String> MAP_FIELDS = List.of("id", "title", "description", "scenario", "created",
            "modified", "scale", "personas", "segments", "stages", "lanes", "touchpoints", "scenarios", "opportunities");

    private final JsonCursor in;
    private final ProblemLocations locations = new ProblemLocations();
    private final ImageSource images;
    private final LegacyNotes notes = new LegacyNotes();

    private JourneyJsonReader(JsonCursor in, ImageSource images) {
        this.in = in;
        this.images = images;
    }

    static JourneyMap read(String text, String source) throws JourneyFormatException {
        return readFile(text, source, ImageSource.NONE).map();
    }

    /**
     * The file's map and the versions exported with it (none in a file without {@code "versions"}); images the
     * text's {@code "images"} do not hold are looked up in {@code elsewhere}.
     */
    static JourneyFile readFile(String text, String source, ImageSource elsewhere) throws JourneyFormatException {
        java.util.Map<String, org.journeystudio.model.TouchpointImage> own = FormatVersionCheck.require(text, source);
        ImageSource images = key -> own.containsKey(key) ? own.get(key) : elsewhere.image(key);
        try (JsonCursor cursor = new JsonCursor(text, source)) {
            JourneyJsonReader reader = new JourneyJsonReader(cursor, images);
            JourneyFile file = reader.document();
            MapChecks.require(file.map(), reader.locations, cursor);
            return file;
        }
    }

    /** Touchpoints as {@link JourneyJsonWriter#touchpointsToJson} wrote them; what old notes became goes to notes. */
    static List<Touchpoint> touchpoints(String text, String source, ImageSource images,
            java.util.function.Consumer<org.journeystudio.model.Opportunity> notes) throws JourneyFormatException {
        try (JsonCursor cursor = new JsonCursor(text, source)) {
            cursor.next();
            JourneyJsonReader reader = new JourneyJsonReader(cursor, images);
            List<Touchpoint> touchpoints = reader.touchpoints();
            reader.notes.found().forEach(notes);
            return touchpoints;
        }
    }

    static List<Stage> stages(String text, String source) throws JourneyFormatException {
        return bare(text, source, reader -> reader.list("stages", reader::stage, Stage::id));
    }

    static List<Segment> segments(String text, String source) throws JourneyFormatException {
        return bare(text, source, reader -> reader.list("segments", reader::segment, Segment::id));
    }

    static List<Persona> personas(String text, String source) throws JourneyFormatException {
        return bare(text, source, reader -> reader.list("personas", reader::persona, Persona::id));
    }

    private static <T> List<T> bare(String text, String source, BareList<T> list) throws JourneyFormatException {
        try (JsonCursor cursor = new JsonCursor(text, source)) {
            cursor.next();
            return list.read(new JourneyJsonReader(cursor, ImageSource.NONE));
        }
    }

    @FunctionalInterface
    private interface BareList<T> {
        List<T> read(JourneyJsonReader reader) throws JourneyFormatException;
    }

    private JourneyFile document() throws JourneyFormatException {
        in.next();
        JsonLocation start = in.here();
        JourneyMap map = null;
        List<KeptVersion> versions = List.of();
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            switch (field.get()) {
                case "formatVersion" -> in.skipValue(); // checked by the first pass
                case "map" -> map = map();
                case "versions" -> versions = new VersionsReader(in, this).read();
                case "images" -> in.skipValue(); // read by the first pass
                default -> throw in.unknownField(field.get(), JsonElement.FILE,
                        List.of("formatVersion", "map", "versions", "images"));
            }
        }
        if (map == null) {
            throw in.missing(start, JsonElement.FILE, "map");
        }
        return new JourneyFile(map, versions);
    }

    /** A version's map: read with places of its own and checked like the file's map. */
    JourneyMap checkedMap() throws JourneyFormatException {
        JourneyJsonReader reader = new JourneyJsonReader(in, images);
        JourneyMap map = reader.map();
        MapChecks.require(map, reader.locations, in);
        return map;
    }

    private JourneyMap map() throws JourneyFormatException {
        in.expectObject("map");
        JsonLocation start = in.here();
        locations.mapStartsAt(start);
        String id = null;
        String title = null;
        String description = null;
        String scenario = null;
        Instant created = null;
        Instant modified = null;
        RatingScale scale = null;
        List<Persona> personas = List.of();
        List<Segment> segments = List.of();
        List<Stage> stages = List.of();
        List<Lane> lanes = List.of();
        List<Touchpoint> touchpoints = List.of();
        Scenarios scenarios = null;
        List<org.journeystudio.model.Opportunity> opportunities = List.of();
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            String name = field.get();
            locations.put(name, in.here());
            switch (name) {
                case "id" -> id = in.id(name);
                case "title" -> title = in.text(name);
                case "description" -> description = in.optionalText(name);
                case "scenario" -> scenario = in.optionalText(name);
                case "created" -> created = instant(name);
                case "modified" -> modified = instant(name);
                case "scale" -> scale = scale();
                case "personas" -> personas = list(name, this::persona, Persona::id);
                case "segments" -> segments = list(name, this::segment, Segment::id);
                case "stages" -> stages = list(name, this::stage, Stage::id);
                case "lanes" -> lanes = list(name, this::lane, Lane::id);
                case "touchpoints" -> touchpoints = touchpoints();
                case "scenarios" -> scenarios = new ScenariosReader(in, this::touchpoints).read();
                case "opportunities" -> opportunities = OpportunitiesJson.read(in);
                default -> throw in.unknownField(name, JsonElement.MAP, MAP_FIELDS);
            }
        }
        if (id == null) {
            throw in.missing(start, JsonElement.MAP, "id");
        }
        if (title == null) {
            throw in.missing(start, JsonElement.MAP, "title");
        }
        return new JourneyMap(id, title, description, scenario, created, modified, scale,
                personas, segments, stages, lanes, touchpoints, scenarios, notes.after(opportunities));
    }

    private Persona persona() throws JourneyFormatException {
        in.expectObject(JsonElement.PERSONA);
        JsonLocation start = in.here();
        String id = null;
        String name = null;
        String description = null;
        String color = null;
        String segment = null;
        JsonLocation segmentAt = start;
        String icon = null;
        String photo = null;
        String quote = null;
        List<String> goals = List.of();
        List<String> needs = List.of();
        List<String> frustrations = List.of();
        String shared = null;
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            switch (field.get()) {
                case "id" -> id = in.id("id");
                case "name" -> name = in.optionalText("name");
                case "description" -> description = in.optionalText("description");
                case "color" -> color = in.color("color");
                case "segment" -> {
                    segmentAt = in.here();
                    segment = in.optionalText("segment");
                }
                case "icon" -> icon = in.optionalText("icon");
                case "photo" -> photo = in.optionalText("photo");
                case "quote" -> quote = in.optionalText("quote");
                case "goals" -> goals = texts("goals");
                case "needs" -> needs = texts("needs");
                case "frustrations" -> frustrations = texts("frustrations");
                case "sharedId" -> shared = in.optionalText("sharedId");
                default -> throw in.unknownField(field.get(), JsonElement.PERSONA, List.of("id", "name", "description",
                        "color", "segment", "icon", "photo", "quote", "goals", "needs", "frustrations", "sharedId"));
            }
        }
        if (id == null) {
            throw in.missing(start, JsonElement.PERSONA, "id");
        }
        // The only rule a persona can break across the map is its segment reference: point there.
        locations.put(ProblemLocations.persona(id), segmentAt);
        try {
            return new Persona(id, name, description, color, segment, icon, photo, quote, goals, needs, frustrations,
                    shared);
        } catch (IllegalArgumentException e) {
            throw in.problem(start, Messages.text("journeyfile.badPersona", id, e.getMessage()));
        }
    }

    /** A list of texts (a persona's goals, needs or frustrations); null reads as none. */
    private List<String> texts(String field) throws JourneyFormatException {
        List<String> texts = new ArrayList<>();
        if (in.isNull()) {
            return texts;
        }
        in.expectArray(field);
        while (in.nextElement()) {
            texts.add(in.text(field));
        }
        return texts;
    }

    private Segment segment() throws JourneyFormatException {
        in.expectObject(JsonElement.SEGMENT);
        JsonLocation start = in.here();
        String id = null;
        String name = null;
        String description = null;
        String color = null;
        Double share = null;
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            switch (field.get()) {
                case "id" -> id = in.id("id");
                case "name" -> name = in.optionalText("name");
                case "description" -> description = in.optionalText("description");
                case "color" -> color = in.color("color");
                case "share" -> share = in.isNull() ? null : in.number("share");
                default -> throw in.unknownField(field.get(), JsonElement.SEGMENT,
                        List.of("id", "name", "description", "color", "share"));
            }
        }
        if (id == null) {
            throw in.missing(start, JsonElement.SEGMENT, "id");
        }
        try {
            return new Segment(id, name, description, color, share);
        } catch (IllegalArgumentException e) {
            throw in.problem(start, Messages.text("journeyfile.badSegment", id, e.getMessage()));
        }
    }

    private Stage stage() throws JourneyFormatException {
        return new StageReader(in).read();
    }

    private Lane lane() throws JourneyFormatException {
        in.expectObject(JsonElement.LANE);
        JsonLocation start = in.here();
        String id = null;
        LaneKind kind = null;
        String title = null;
        boolean visible = true;
        LaneRole role = LaneRole.NONE;
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            switch (field.get()) {
                case "id" -> id = in.id("id");
                case "kind" -> kind = in.word("kind", LaneKind.class);
                case "title" -> title = in.optionalText("title");
                case "visible" -> visible = in.bool("visible");
                case "role" -> role = in.isNull() ? LaneRole.NONE : in.word("role", LaneRole.class);
                default -> throw in.unknownField(field.get(), JsonElement.LANE,
                        List.of("id", "kind", "title", "visible", "role"));
            }
        }
        if (id == null) {
            throw in.missing(start, JsonElement.LANE, "id");
        }
        if (kind == null) {
            throw in.missing(start, JsonElement.NAMED_LANE, "kind", id);
        }
        return new Lane(id, kind, title, visible, role);
    }

    private List<Touchpoint> touchpoints() throws JourneyFormatException {
        if (in.isNull()) {
            return List.of();
        }
        in.expectArray("touchpoints");
        TouchpointReader reader = new TouchpointReader(in, locations, images, notes);
        Set<String> ids = new HashSet<>();
        List<Touchpoint> touchpoints = new ArrayList<>();
        while (in.nextElement()) {
            Touchpoint touchpoint = reader.read();
            if (!ids.add(touchpoint.id())) {
                throw in.problem(reader.idLocation(), Messages.text("journeyfile.touchpointIdTwice", touchpoint.id()));
            }
            touchpoints.add(touchpoint);
        }
        return touchpoints;
    }

    /** Reads a list of elements that each have an id, refusing a repeated id where it repeats. */
    private <T> List<T> list(String field, Element<T> element, Function<T, String> idOf)
            throws JourneyFormatException {
        if (in.isNull()) {
            return List.of();
        }
        in.expectArray(field);
        Set<String> ids = new HashSet<>();
        List<T> items = new ArrayList<>();
        while (in.nextElement()) {
            JsonLocation at = in.here();
            T item = element.read();
            String itemId = idOf.apply(item);
            if (!ids.add(itemId)) {
                throw in.problem(at, Messages.text("journeyfile.idTwice", itemId, field));
            }
            items.add(item);
        }
        return items;
    }

    Instant instant(String field) throws JourneyFormatException {
        if (in.isNull()) {
            return null;
        }
        String text = in.text(field);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notUtc) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw in.problemHere(Messages.text("journeyfile.notTime", field, in.describeCurrent()));
            }
        }
    }

    private RatingScale scale() throws JourneyFormatException {
        if (in.isNull()) {
            return null;
        }
        String label = in.text("scale");
        try {
            return RatingScale.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw in.problemHere(Messages.text("journeyfile.notScale", label));
        }
    }

    /** Reads one element of a list; the current token is its first. */
    @FunctionalInterface
    private interface Element<T> {
        T read() throws JourneyFormatException;
    }
}
