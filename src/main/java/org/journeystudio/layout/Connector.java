package org.journeystudio.layout;

import java.util.List;
import org.journeystudio.model.LinkKind;

/**
 * A connector (next, branch, loop back) drawn as an orthogonal line from the card that holds it ({@code fromId})
 * to the card it leads to, along the gaps between cards; its head is at the last point.
 *
 * @param points the corners of the line in order, the first on the edge of the holder's card, the last on the
 *               target's; at least two
 */
public record Connector(String fromId, String toId, LinkKind kind, List<Bend> points) {
    public Connector {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("A connector needs two points at least");
        }
    }

    /** One corner of a connector's line. */
    public record Bend(double x, double y) {
    }

    public Bend start() {
        return points.get(0);
    }

    public Bend end() {
        return points.get(points.size() - 1);
    }
}
