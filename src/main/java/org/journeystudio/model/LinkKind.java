package org.journeystudio.model;

/**
 * What a link from one touchpoint to another means: a blueprint's dependency, or a connector between the steps of
 * a journey that branches and loops (see {@code docs/decisions/0018-paths-and-connectors.md}).
 */
public enum LinkKind {
    /** The touchpoint needs the target to happen: a frontstage card and the backstage process that serves it. */
    DEPENDS_ON("Depends on"),
    /** The customer goes on to the target: the journey's next step where it is not simply the next card. */
    NEXT("Next"),
    /** One of several ways on from the touchpoint: the journey splits here (delivery or click &amp; collect). */
    BRANCH("Branch"),
    /** The customer goes back to an earlier step (a failed payment back to checkout): loops are real journeys. */
    LOOP_BACK("Loop back");

    private final String displayName;

    LinkKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether this kind is a connector between a journey's steps rather than a blueprint's dependency. */
    public boolean connector() {
        return this != DEPENDS_ON;
    }
}
