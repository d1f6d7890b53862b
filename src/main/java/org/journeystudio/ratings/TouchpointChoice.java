package org.journeystudio.ratings;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/**
 * What a rating column is matched to in the wizard: an existing touchpoint, or a new one.
 *
 * @param id    the touchpoint's id, or null for "new touchpoint"
 * @param title what the choice is shown as
 */
public record TouchpointChoice(String id, String title) {
    public static final TouchpointChoice NEW = new TouchpointChoice(null, "New touchpoint");

    /** "New touchpoint" and every touchpoint of the map, in journey order. */
    public static List<TouchpointChoice> all(JourneyMap map) {
        List<TouchpointChoice> choices = new ArrayList<>(List.of(NEW));
        map.touchpoints().forEach(t -> choices.add(new TouchpointChoice(t.id(), t.title())));
        return choices;
    }

    /** The touchpoint a column name matches best, or a new one. */
    public static TouchpointChoice forColumn(String columnName, JourneyMap map) {
        return TouchpointMatcher.match(columnName, map.touchpoints())
                .map(TouchpointChoice::of).orElse(NEW);
    }

    private static TouchpointChoice of(Touchpoint touchpoint) {
        return new TouchpointChoice(touchpoint.id(), touchpoint.title());
    }

    @Override
    public String toString() {
        return title;
    }
}
