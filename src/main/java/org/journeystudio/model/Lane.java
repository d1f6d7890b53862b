package org.journeystudio.model;

/** A row of the map: touchpoints, the emotion curve, pain points, backstage, notes… */
public record Lane(String id, LaneKind kind, String title, boolean visible) {
    public Lane {
        id = Checks.id(id, "lane");
        if (kind == null) {
            throw new IllegalArgumentException("Lane '" + id + "' needs a kind");
        }
        title = title == null || title.isBlank() ? kind.displayName() : title.strip();
    }

    public Lane withTitle(String newTitle) {
        return new Lane(id, kind, newTitle, visible);
    }

    public Lane withVisible(boolean newVisible) {
        return new Lane(id, kind, title, newVisible);
    }
}
