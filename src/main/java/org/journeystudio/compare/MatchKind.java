package org.journeystudio.compare;

/** How a touchpoint of the new state was found in the old one, in the order the matcher tries. */
public enum MatchKind {
    /** The same id: two states of one project, or a version. */
    ID,
    /** One was copied from the other when a scenario was made ({@code origin}). */
    LINK,
    /** The same title in the same stage: files from two libraries, whose ids differ. */
    TITLE
}
