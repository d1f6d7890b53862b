package org.journeystudio.edit.command;

import java.util.Collection;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/** Wording shared by command descriptions, so the Edit menu reads the same everywhere. */
final class Labels {
    private Labels() {
    }

    static String quoted(String name) {
        return "'" + (name == null || name.isBlank() ? "untitled" : name) + "'";
    }

    /** "'Pay'" for one touchpoint, "3 touchpoints" for several. */
    static String touchpoints(JourneyMap map, Collection<String> ids) {
        if (ids.size() == 1) {
            String id = ids.iterator().next();
            return quoted(map.touchpoint(id).map(Touchpoint::title).orElse(id));
        }
        return ids.size() + " touchpoints";
    }
}
