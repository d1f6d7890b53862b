package org.journeystudio.store.mermaid;

import java.util.Map;
import java.util.Optional;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenarios;
import org.journeystudio.store.json.JourneyJson;

/**
 * The {@code %% journey-studio KIND: JSON} comment lines that carry what a Mermaid journey cannot show, one
 * element per line in the {@code .journey.json} layout. A {@code %} inside the JSON is written {@code \u0025}, so
 * no {@code %%} or {@code %%{} directive can appear in a comment and change how Mermaid reads the file.
 */
final class MermaidComments {
    static final String PREFIX = "%% journey-studio ";
    /** The map without its elements: id, title, texts, times, scale, lanes and the list of scenarios. */
    static final String MAP = "map";
    static final String SEGMENT = "segment";
    static final String PERSONA = "persona";
    static final String STAGE = "stage";
    /** A task's touchpoint, then its place in the map's list of touchpoints: {@code task 12}. */
    static final String TASK = "task";
    /** A touchpoint the diagram does not draw (a backstage lane, a note), with its place: {@code card 13}. */
    static final String CARD = "card";
    /** A touchpoint of a scenario not shown, with that scenario's place in the map's list: {@code kept 1}. */
    static final String KEPT = "kept";
    /** One part of an image's base64, with its place among the parts: {@code image 0} ({@link MermaidImages}). */
    static final String IMAGE = "image";

    /** One comment: its kind, the number after the kind (or -1), the JSON and where the JSON starts (from 0). */
    record Comment(String kind, int number, String json, int jsonColumn) {
    }

    private MermaidComments() {
    }

    static String line(String kind, String json) {
        return PREFIX + kind + ": " + json.replace("%", "\\u0025");
    }

    /**
     * The map's own fields and its opportunities as one line of JSON (its pretty printing holds no line break inside a
     * string); the cards name their opportunities by id in their own comments.
     */
    static String header(JourneyMap map) {
        JourneyMap bare = new JourneyMap(map.id(), map.title(), map.description(), map.scenario(), map.created(),
                map.modified(), map.scale(), null, null, null, map.lanes(), null,
                new Scenarios(map.scenarios().activeId(), map.scenarios().list(), Map.of()), map.opportunities());
        return JourneyJson.toJson(bare).replaceAll("\n *", "");
    }

    /**
     * The comment on a line that starts (after its indent) with {@link #PREFIX}, or empty for any other comment.
     *
     * @param start where the comment starts in {@code line}
     */
    static Optional<Comment> parse(String line, int start) {
        if (!line.startsWith(PREFIX, start)) {
            return Optional.empty();
        }
        int colon = line.indexOf(": ", start + PREFIX.length());
        if (colon < 0) {
            return Optional.empty();
        }
        String[] words = line.substring(start + PREFIX.length(), colon).strip().split(" +");
        int number = -1;
        if (words.length == 2) {
            try {
                number = Integer.parseInt(words[1]);
            } catch (NumberFormatException notOurs) {
                return Optional.empty();
            }
        } else if (words.length != 1) {
            return Optional.empty();
        }
        return Optional.of(new Comment(words[0], number, line.substring(colon + 2), colon + 2));
    }
}
