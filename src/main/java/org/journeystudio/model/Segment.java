package org.journeystudio.model;

/**
 * A group of customers whose ratings are compared in the heatmap (e.g. "Business travellers").
 *
 * @param share the segment's share of all customers in percent (0–100), or {@code null} when not known
 */
public record Segment(String id, String name, String description, String color, Double share) {
    /** Longest name and description a segment may have (characters). */
    public static final int MAX_NAME = Limits.NAME;
    public static final int MAX_DESCRIPTION = Limits.DESCRIPTION;

    public Segment {
        id = Checks.id(id, "segment");
        name = Checks.limited(Checks.text(name), MAX_NAME, "segmentName");
        description = Checks.limited(Checks.text(description), MAX_DESCRIPTION, "segmentDescription");
        color = Checks.color(color);
        share = Checks.share(share);
    }

    /** A segment whose share of customers is not known (the form every map had before shares). */
    public Segment(String id, String name, String description, String color) {
        this(id, name, description, color, null);
    }

    public Segment withName(String newName) {
        return new Segment(id, newName, description, color, share);
    }

    public Segment withDescription(String newDescription) {
        return new Segment(id, name, newDescription, color, share);
    }

    public Segment withColor(String newColor) {
        return new Segment(id, name, description, newColor, share);
    }

    /** A copy with another share of customers in percent; null when unknown. */
    public Segment withShare(Double newShare) {
        return new Segment(id, name, description, color, newShare);
    }
}
