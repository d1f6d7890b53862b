package org.journeystudio.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.KeptVersion;

/**
 * Reads a file's top-level {@code "versions"} (format version 2): the project's named versions exported with it,
 * each with its name, note, time, whether the studio kept it, and its whole map, checked like the file's own.
 */
final class VersionsReader {
    private static final List<String> FIELDS = List.of("name", "note", "created", "automatic", "map");

    private final JsonCursor in;
    private final JourneyJsonReader maps;

    VersionsReader(JsonCursor in, JourneyJsonReader maps) {
        this.in = in;
        this.maps = maps;
    }

    List<KeptVersion> read() throws JourneyFormatException {
        List<KeptVersion> versions = new ArrayList<>();
        if (in.isNull()) {
            return versions;
        }
        in.expectArray("versions");
        while (in.nextElement()) {
            versions.add(version());
        }
        return versions;
    }

    private KeptVersion version() throws JourneyFormatException {
        in.expectObject(JsonElement.VERSION);
        JsonLocation start = in.here();
        String name = null;
        String note = "";
        Instant created = null;
        boolean automatic = false;
        JourneyMap map = null;
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            switch (field.get()) {
                case "name" -> name = in.text("name");
                case "note" -> note = in.optionalText("note");
                case "created" -> created = maps.instant("created");
                case "automatic" -> automatic = in.bool("automatic");
                case "map" -> map = maps.checkedMap();
                default -> throw in.unknownField(field.get(), JsonElement.VERSION, FIELDS);
            }
        }
        if (name == null) {
            throw in.missing(start, JsonElement.VERSION, "name");
        }
        if (created == null) {
            throw in.missing(start, JsonElement.VERSION, "created");
        }
        if (map == null) {
            throw in.missing(start, JsonElement.VERSION, "map");
        }
        try {
            return new KeptVersion(name, note, created, automatic, map);
        } catch (IllegalArgumentException e) {
            throw in.problem(start, Messages.text("journeyfile.badVersion", name, e.getMessage()));
        }
    }
}
