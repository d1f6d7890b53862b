package org.journeystudio.store;

import java.util.Map;

/**
 * The row versions of one project as a studio loaded or saved it: what a later save checks it overwrites nothing
 * that moved on meanwhile.
 *
 * @param project       the project's version, raised by every save that writes any of its rows
 * @param projectFields the revision of the project row's own fields (title, description, scenario text, scale)
 * @param touchpoints   touchpoint id → its row's version (the shown scenario's touchpoints)
 */
public record RowVersions(RowVersion project, long projectFields, Map<String, RowVersion> touchpoints) {
    public RowVersions {
        touchpoints = Map.copyOf(touchpoints);
    }

    /** The version of the touchpoint with {@code id}; absent when the library holds no such touchpoint. */
    public RowVersion touchpoint(String id) {
        return touchpoints.get(id);
    }
}
