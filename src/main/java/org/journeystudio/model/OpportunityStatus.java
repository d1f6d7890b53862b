package org.journeystudio.model;

import java.util.Arrays;
import java.util.Locale;

/** Where an opportunity stands on the way from an idea to a change customers notice. */
public enum OpportunityStatus {
    IDEA("Idea"),
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String displayName;

    OpportunityStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether work on it is over, done or not: trackers close these. */
    public boolean isClosed() {
        return this == DONE || this == DROPPED;
    }

    /**
     * The status a person or a file names: the constant ({@code IN_PROGRESS}) or the display name ("In progress"),
     * in any case; throws naming the allowed words otherwise.
     */
    public static OpportunityStatus parse(String text) {
        String wanted = text == null ? "" : text.strip().replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT);
        for (OpportunityStatus status : values()) {
            if (status.displayName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return status;
            }
        }
        throw new IllegalArgumentException("An opportunity's status must be one of "
                + String.join(", ", Arrays.stream(values()).map(OpportunityStatus::displayName).toList())
                + ", not '" + text + "'");
    }
}
