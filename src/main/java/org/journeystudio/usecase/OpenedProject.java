package org.journeystudio.usecase;

import org.journeystudio.layout.MapLayout;
import org.journeystudio.model.JourneyMap;

/** A project loaded and laid out off the FX thread, ready to be painted. */
public record OpenedProject(JourneyMap map, MapLayout layout) {
}
