package org.journeystudio.model;

/** An archetypal customer the journey is told from; may stand for one segment. */
public record Persona(String id, String name, String description, String color, String segmentId) {
    public Persona {
        id = Checks.id(id, "persona");
        name = Checks.text(name);
        description = Checks.text(description);
        color = Checks.color(color);
        segmentId = Checks.optional(segmentId);
    }
}
