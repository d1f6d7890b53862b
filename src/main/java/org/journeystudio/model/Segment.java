package org.journeystudio.model;

/** A group of customers whose ratings are compared in the heatmap (e.g. "Business travellers"). */
public record Segment(String id, String name, String description, String color) {
    public Segment {
        id = Checks.id(id, "segment");
        name = Checks.text(name);
        description = Checks.text(description);
        color = Checks.color(color);
    }

    public Segment withName(String newName) {
        return new Segment(id, newName, description, color);
    }
}
