package org.journeystudio.store.json;

import java.util.Locale;

/**
 * The parts of a {@code .journey.json} file a message can be about. Each names the sentences of the
 * {@code journeyfile} bundle written for it ({@code journeyfile.missing.persona}), whole, because languages put
 * "a persona", "this persona" and "in a persona" into different words and cases.
 */
enum JsonElement {
    FILE, MAP, PERSONA, SEGMENT, LANE, NAMED_LANE, STAGE, PATH, SCENARIOS, SCENARIO, VERSION, TOUCHPOINT,
    NAMED_TOUCHPOINT, CHANNEL, LINK, EMOTION, PAIN_POINT, OPPORTUNITY, KPI, NOTE, IMAGE;

    /** The last part of its keys: {@code painPoint}, {@code namedLane}. */
    String key() {
        StringBuilder key = new StringBuilder();
        for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
            key.append(key.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return key.toString();
    }
}
