package org.journeystudio.store;

import org.journeystudio.model.JourneyMap;

/** A project as read from (or just written to) the library with its rows' versions: the base of the next save. */
public record LoadedProject(JourneyMap map, RowVersions versions) {
    public long version() {
        return versions.project().version();
    }
}
