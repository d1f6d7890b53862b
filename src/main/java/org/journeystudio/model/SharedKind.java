package org.journeystudio.model;

/** The kinds of item that projects of one library can share. */
public enum SharedKind {
    PERSONA("persona"),
    PAIN_POINT("pain point"),
    OPPORTUNITY("opportunity");

    private final String label;

    SharedKind(String label) {
        this.label = label;
    }

    /** What a user calls it, in lower case. */
    public String label() {
        return label;
    }
}
