package org.journeystudio.model;

/**
 * A row of the map: touchpoints, the emotion curve, pain points, backstage, notes…
 *
 * @param role what part of the service the lane shows in a service blueprint; {@link LaneRole#NONE} for none
 */
public record Lane(String id, LaneKind kind, String title, boolean visible, LaneRole role) {
    public Lane {
        id = Checks.id(id, "lane");
        if (kind == null) {
            throw new IllegalArgumentException("Lane '" + id + "' needs a kind");
        }
        title = title == null || title.isBlank() ? kind.displayName() : title.strip();
        role = role == null ? LaneRole.NONE : role;
    }

    /** A lane without a blueprint role. */
    public Lane(String id, LaneKind kind, String title, boolean visible) {
        this(id, kind, title, visible, LaneRole.NONE);
    }

    public Lane withTitle(String newTitle) {
        return new Lane(id, kind, newTitle, visible, role);
    }

    public Lane withVisible(boolean newVisible) {
        return new Lane(id, kind, title, newVisible, role);
    }

    public Lane withRole(LaneRole newRole) {
        return new Lane(id, kind, title, visible, newRole);
    }
}
