package org.journeystudio.store;

/** Where a touchpoint's satisfaction rating came from: typed by hand, imported from a survey, or a live feed. */
public enum RatingSource {
    MANUAL, IMPORTED, LIVE
}
