package org.journeystudio.edit.command;

import org.journeystudio.model.JourneyMap;

/** The free-text parts of a map as a whole that the map's settings edit. */
public enum MapText {
    TITLE("title"),
    DESCRIPTION("description"),
    SCENARIO("scenario");

    private final String label;

    MapText(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String get(JourneyMap map) {
        return switch (this) {
            case TITLE -> map.title();
            case DESCRIPTION -> map.description();
            case SCENARIO -> map.scenario();
        };
    }

    public JourneyMap set(JourneyMap map, String text) {
        return switch (this) {
            case TITLE -> map.withTitle(text);
            case DESCRIPTION -> new JourneyMap(map.id(), map.title(), text, map.scenario(), map.created(),
                    map.modified(), map.scale(), map.personas(), map.segments(), map.stages(), map.lanes(),
                    map.touchpoints(), map.scenarios(), map.opportunities());
            case SCENARIO -> new JourneyMap(map.id(), map.title(), map.description(), text, map.created(),
                    map.modified(), map.scale(), map.personas(), map.segments(), map.stages(), map.lanes(),
                    map.touchpoints(), map.scenarios(), map.opportunities());
        };
    }
}
