package org.journeystudio.layout;

/** How a map is laid out: as the user ordered it, or as a service blueprint (lanes by role, with its lines). */
public enum MapView {
    JOURNEY,
    BLUEPRINT
}
