package org.journeystudio.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the emotion curve's points into smooth cubic segments (Catmull-Rom, as Bézier control points), so the
 * window and every exporter draw the same curve. Control points are kept within the lane's top and bottom,
 * so the curve never overshoots past +2 or −2.
 */
public final class SmoothCurve {
    private SmoothCurve() {
    }

    /** One cubic Bézier piece from (x1,y1) to (x2,y2) with control points (c1x,c1y) and (c2x,c2y). */
    public record Segment(double x1, double y1, double c1x, double c1y, double c2x, double c2y, double x2, double y2) {
    }

    /** The segments joining consecutive points; fewer than two points give none. */
    public static List<Segment> through(List<CurvePoint> points, double minY, double maxY) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            CurvePoint before = points.get(Math.max(0, i - 1));
            CurvePoint from = points.get(i);
            CurvePoint to = points.get(i + 1);
            CurvePoint after = points.get(Math.min(points.size() - 1, i + 2));
            // Control x stays between the ends so the curve never folds back on itself.
            double c1x = clamp(from.x() + (to.x() - before.x()) / 6, from.x(), to.x());
            double c2x = clamp(to.x() - (after.x() - from.x()) / 6, from.x(), to.x());
            double c1y = clamp(from.y() + (to.y() - before.y()) / 6, minY, maxY);
            double c2y = clamp(to.y() - (after.y() - from.y()) / 6, minY, maxY);
            segments.add(new Segment(from.x(), from.y(), c1x, c1y, c2x, c2y, to.x(), to.y()));
        }
        return segments;
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(Math.min(low, high), Math.min(Math.max(low, high), value));
    }
}
