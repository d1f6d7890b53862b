package org.journeystudio.model;

/** Where a statement on the map comes from, so a reader can tell facts from guesses. */
public enum Evidence {
    /** Backed by research or data. */
    OBSERVED,
    /** The team's belief, not yet checked. */
    ASSUMED,
    /** A to-be idea, not the current experience. */
    PROPOSED
}
