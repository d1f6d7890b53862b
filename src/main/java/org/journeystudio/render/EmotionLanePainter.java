package org.journeystudio.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Map;
import org.journeystudio.layout.CurvePoint;
import org.journeystudio.layout.EmotionLabels;
import org.journeystudio.layout.LaneRow;
import org.journeystudio.layout.LayoutStyle;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Touchpoint;

/** The emotion lane: guide lines for each score, the curve through the touchpoints as a smooth path, and faces. */
final class EmotionLanePainter {
    private static final Font SCALE_LABEL = ExportFonts.regular(9.5);
    private static final Font FACE_LABEL = ExportFonts.regular(9.5);
    private static final double FACE_RADIUS = 10;
    private static final double MIN_FACE_RADIUS = 4;
    /** The width the scale's labels ("+2  Delighted") take at the right of the lane's header. */
    static final double SCALE_LABEL_ROOM = 72;

    private final Map<String, Touchpoint> touchpoints;
    private final LayoutStyle style;

    EmotionLanePainter(Map<String, Touchpoint> touchpoints, LayoutStyle style) {
        this.touchpoints = touchpoints;
        this.style = style;
    }

    void paint(Graphics2D g, LaneRow row, List<CurvePoint> curve) {
        double top = row.y() + style.cellPadding();
        double span = row.height() - 2 * style.cellPadding();
        for (int score = Emotion.MIN; score <= Emotion.MAX; score++) {
            double y = top + span * (Emotion.MAX - score) / (double) (Emotion.MAX - Emotion.MIN);
            g.setColor(score == 0 ? Paints.NEUTRAL_LINE : Paints.GRID);
            g.setStroke(score == 0
                    ? new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0)
                    : new BasicStroke(0.6f));
            g.draw(new Line2D.Double(row.body().x(), y, row.body().right(), y));
            if (score % 2 == 0) {
                g.setColor(Paints.FAINT_INK);
                TextFit.drawRight(g, (score > 0 ? "+" : "") + score + "  " + ModelWords.emotion(score),
                        SCALE_LABEL, row.header().right() - 10, y + 3.5);
            }
        }
        if (curve.isEmpty()) {
            return;
        }
        g.setColor(Paints.CURVE);
        g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(smoothPath(curve, top, top + span));
        for (int i = 0; i < curve.size(); i++) {
            CurvePoint p = curve.get(i);
            double room = EmotionLabels.room(curve, i);
            // Crowded stages get smaller faces, so neighbours stay apart.
            Faces.paint(g, p.score(), p.x(), p.y(), Math.max(MIN_FACE_RADIUS, Math.min(FACE_RADIUS, room / 2 - 1)));
            if (EmotionLabels.shown(room)) {
                Touchpoint t = touchpoints.get(p.touchpointId());
                String label = t == null ? ModelWords.emotion(p.score()) : ModelWords.emotion(t.emotion());
                // Below the face, unless the face sits low in the lane; then above it.
                double baseline = EmotionLabels.above(p.score()) ? p.y() - FACE_RADIUS - 5 : p.y() + FACE_RADIUS + 12;
                g.setColor(Paints.MUTED_INK);
                TextFit.drawCentered(g, label, FACE_LABEL, p.x(), baseline, EmotionLabels.width(room));
            }
        }
    }

    /**
     * A Catmull–Rom spline through the points as cubic Béziers; control points are kept inside the lane so the
     * curve never swings past +2 or −2.
     */
    static Path2D smoothPath(List<CurvePoint> points, double minY, double maxY) {
        Path2D path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 0; i < points.size() - 1; i++) {
            CurvePoint p0 = points.get(Math.max(0, i - 1));
            CurvePoint p1 = points.get(i);
            CurvePoint p2 = points.get(i + 1);
            CurvePoint p3 = points.get(Math.min(points.size() - 1, i + 2));
            double c1x = p1.x() + (p2.x() - p0.x()) / 6;
            double c1y = clamp(p1.y() + (p2.y() - p0.y()) / 6, minY, maxY);
            double c2x = p2.x() - (p3.x() - p1.x()) / 6;
            double c2y = clamp(p2.y() - (p3.y() - p1.y()) / 6, minY, maxY);
            path.curveTo(c1x, c1y, c2x, c2y, p2.x(), p2.y());
        }
        return path;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
