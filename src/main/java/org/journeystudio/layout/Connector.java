package org.journeystudio.layout;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.LinkKind;

/**
 * A link drawn as an orthogonal line between two cards, along the gaps between cards, with its head at the last
 * point. A connector (next, branch, loop back) runs from the card that holds it ({@code fromId}) to the card it
 * leads to; a dependency runs from the card linked to (the process that serves) to the card holding the link, so
 * its head points at the card that depends.
 *
 * @param points the corners of the line in order, the first on the edge of {@code fromId}'s card, the last on
 *               {@code toId}'s; at least two
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

    /** The line's corners with the last pulled back by {@code head}, so the stroke's end does not blunt the head. */
    public List<Bend> shaft(double head) {
        double[] u = lastDirection();
        List<Bend> shaft = new ArrayList<>(points.subList(0, points.size() - 1));
        shaft.add(new Bend(end().x() - u[0] * head, end().y() - u[1] * head));
        return shaft;
    }

    /** The arrowhead's three corners: its tip on the end point, {@code size} long along the last segment. */
    public List<Bend> head(double size) {
        double[] u = lastDirection();
        Bend tip = end();
        return List.of(tip, new Bend(tip.x() - u[0] * size - u[1] * size / 2, tip.y() - u[1] * size + u[0] * size / 2),
                new Bend(tip.x() - u[0] * size + u[1] * size / 2, tip.y() - u[1] * size - u[0] * size / 2));
    }

    /** The unit direction of the last segment; rightwards when it has no length. */
    private double[] lastDirection() {
        Bend before = points.get(points.size() - 2);
        double length = Math.hypot(end().x() - before.x(), end().y() - before.y());
        return length < 1 ? new double[] {1, 0}
                : new double[] {(end().x() - before.x()) / length, (end().y() - before.y()) / length};
    }
}
