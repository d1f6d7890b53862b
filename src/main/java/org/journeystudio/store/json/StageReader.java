package org.journeystudio.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Stage;
import org.journeystudio.model.StagePath;

/** Reads one stage object, with its paths (format 5) when it has them. */
final class StageReader {
    private static final List<String> FIELDS = List.of("id", "name", "description", "widthHint", "paths");

    private final JsonCursor in;

    StageReader(JsonCursor in) {
        this.in = in;
    }

    /** Reads the stage whose opening brace is the current token. */
    Stage read() throws JourneyFormatException {
        in.expectObject(JsonElement.STAGE);
        JsonLocation start = in.here();
        String id = null;
        String name = null;
        String description = null;
        double width = Stage.DEFAULT_WIDTH;
        List<StagePath> paths = List.of();
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            switch (field.get()) {
                case "id" -> id = in.id("id");
                case "name" -> name = in.optionalText("name");
                case "description" -> description = in.optionalText("description");
                case "widthHint" -> width = positiveWidth();
                case "paths" -> paths = paths();
                default -> throw in.unknownField(field.get(), JsonElement.STAGE, FIELDS);
            }
        }
        if (id == null) {
            throw in.missing(start, JsonElement.STAGE, "id");
        }
        return new Stage(id, name, description, width, paths);
    }

    private double positiveWidth() throws JourneyFormatException {
        double width = in.number("widthHint");
        if (!(width > 0)) {
            throw in.problemHere(Messages.text("journeyfile.notWidth", in.describeCurrent()));
        }
        return width;
    }

    /** A stage's paths in order, each id once: a touchpoint names its path by id. */
    private List<StagePath> paths() throws JourneyFormatException {
        if (in.isNull()) {
            return List.of();
        }
        in.expectArray("paths");
        List<StagePath> paths = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        while (in.nextElement()) {
            in.expectObject(JsonElement.PATH);
            JsonLocation start = in.here();
            String id = null;
            String name = null;
            for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
                switch (field.get()) {
                    case "id" -> id = in.id("id");
                    case "name" -> name = in.optionalText("name");
                    default -> throw in.unknownField(field.get(), JsonElement.PATH, List.of("id", "name"));
                }
            }
            if (id == null) {
                throw in.missing(start, JsonElement.PATH, "id");
            }
            if (!ids.add(id)) {
                throw in.problem(start, Messages.text("journeyfile.pathIdTwice", id));
            }
            paths.add(new StagePath(id, name));
        }
        return paths;
    }
}
