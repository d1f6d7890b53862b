package org.journeystudio.model;

/**
 * What part of the service a lane shows in a service blueprint (Shostack; Bitner, Ostrom and Morgan 2008). The
 * constants are declared in the blueprint's top-to-bottom order, which is the order the blueprint view shows
 * lanes in; lanes without a role ({@link #NONE}: the emotion curve, pain points, notes…) stay above the blueprint.
 */
public enum LaneRole {
    NONE("None"),
    PHYSICAL_EVIDENCE("Physical evidence"),
    CUSTOMER_ACTION("Customer actions"),
    FRONTSTAGE("Frontstage"),
    BACKSTAGE("Backstage"),
    SUPPORT_PROCESS("Support processes");

    private final String displayName;

    LaneRole(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether this role is part of the blueprint at all. */
    public boolean inBlueprint() {
        return this != NONE;
    }

    /** The customer's side of the line of interaction: what they do, and what they see and touch. */
    public boolean customerSide() {
        return this == PHYSICAL_EVIDENCE || this == CUSTOMER_ACTION;
    }
}
