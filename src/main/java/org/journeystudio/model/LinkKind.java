package org.journeystudio.model;

/** What a link from one touchpoint to another means; connectors between steps of a path will join this list. */
public enum LinkKind {
    /** The touchpoint needs the target to happen: a frontstage card and the backstage process that serves it. */
    DEPENDS_ON("Depends on");

    private final String displayName;

    LinkKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
