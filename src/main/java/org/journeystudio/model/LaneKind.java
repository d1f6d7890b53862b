package org.journeystudio.model;

/** What a lane (row) of the map shows. */
public enum LaneKind {
    TOUCHPOINTS("Touchpoints"),
    CHANNEL("Channel"),
    EMOTION("Emotion"),
    EXPECTATIONS("Expectations"),
    PAIN_POINTS("Pain points"),
    OPPORTUNITIES("Opportunities"),
    BACKSTAGE("Backstage"),
    NOTES("Notes"),
    CUSTOM("Custom"),
    /** The customer touchpoints' pictures, shown large under each stage (issue 20). */
    IMAGES("Images");

    private final String displayName;

    LaneKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Lanes whose cells hold touchpoint cards; the others show something derived from the touchpoints. */
    public boolean holdsCards() {
        return this == TOUCHPOINTS || this == BACKSTAGE || this == NOTES || this == CUSTOM;
    }

    /**
     * Card lanes whose cards the customer meets: their channel, emotion, expectations, pain points and
     * opportunities fill the derived lanes. Backstage processes and notes (e.g. exercise hints) do not.
     */
    public boolean isCustomerFacing() {
        return this == TOUCHPOINTS || this == CUSTOM;
    }
}
