package org.journeystudio.usecase;

import org.journeystudio.layout.MapLayout;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.LoadedProject;

/**
 * A project loaded and laid out off the FX thread, ready to be painted.
 *
 * @param base on a team library, the map with its rows' versions (what the editor's saves go over); else null
 */
public record OpenedProject(JourneyMap map, MapLayout layout, LoadedProject base) {
    public OpenedProject(JourneyMap map, MapLayout layout) {
        this(map, layout, null);
    }
}
