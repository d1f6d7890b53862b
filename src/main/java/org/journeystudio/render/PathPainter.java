package org.journeystudio.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.journeystudio.layout.Connector;
import org.journeystudio.layout.Connector.Bend;
import org.journeystudio.layout.CurvePoint;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.layout.PathCurve;
import org.journeystudio.layout.PathTrack;
import org.journeystudio.model.LinkKind;

/**
 * A branching journey's marks on a painted map: the tracks of stages with paths (named in the strip under the
 * stage header, dashed lines between them), the connectors between cards, and the emotion curve of each path.
 * Every position comes from the {@link MapLayout}.
 */
final class PathPainter {
    private static final Font TRACK_NAME = ExportFonts.bold(9.5);
    private static final double HEAD = 7;

    private final MapLayout layout;

    PathPainter(MapLayout layout) {
        this.layout = layout;
    }

    /** The tracks' names under the stage headers and a dashed line between two tracks of a stage. */
    void paintTracks(Graphics2D g) {
        for (PathTrack track : layout.tracks()) {
            var h = track.header();
            g.setColor(Paints.STAGE_HEADER_ALT);
            g.fill(new Rectangle2D.Double(h.x(), h.y(), h.w(), h.h()));
            g.setColor(Paints.STAGE_NUMBER);
            TextFit.draw(g, track.name().isEmpty() ? "(unnamed path)" : track.name(), TRACK_NAME, h.x() + 8,
                    TextFit.baselineCentered(TRACK_NAME, h.y(), h.h()), h.w() - 12);
            if (track.body().x() > layout.column(track.stageId()).orElseThrow().x()) {
                g.setColor(Paints.NEUTRAL_LINE);
                g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {4f, 4f}, 0));
                g.draw(new Line2D.Double(track.body().x(), h.y(), track.body().x(), track.body().bottom()));
            }
        }
    }

    /** Each connector as an orthogonal line with its head on the card it leads to; a loop back is dashed. */
    void paintConnectors(Graphics2D g) {
        for (Connector c : layout.connectors()) {
            g.setColor(colour(c.kind()));
            g.setStroke(c.kind() == LinkKind.LOOP_BACK
                    ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 3f}, 0)
                    : new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            paintLine(g, c);
        }
    }

    /** An orthogonal line with its head, in the colour and stroke set on {@code g}: connectors and dependencies. */
    static void paintLine(Graphics2D g, Connector c) {
        g.draw(path(c.shaft(HEAD), false));
        g.fill(path(c.head(HEAD), true));
    }

    private static Path2D path(List<Bend> points, boolean closed) {
        Path2D path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        points.stream().skip(1).forEach(p -> path.lineTo(p.x(), p.y()));
        if (closed) {
            path.closePath();
        }
        return path;
    }

    /** Each path's emotion curve, dashed, with a dot per card, under the main curve. */
    void paintCurves(Graphics2D g) {
        for (PathCurve curve : layout.pathCurves()) {
            List<CurvePoint> points = curve.points();
            g.setColor(Paints.CURVE);
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {5f, 4f}, 0));
            Path2D line = new Path2D.Double();
            line.moveTo(points.get(0).x(), points.get(0).y());
            points.stream().skip(1).forEach(p -> line.lineTo(p.x(), p.y()));
            g.draw(line);
        }
    }

    /** Next in the curve's ink, a branch in the opportunity blue, a loop back in the pain-point orange. */
    static Color colour(LinkKind kind) {
        return switch (kind) {
            case BRANCH -> Paints.OPPORTUNITY_EDGE;
            case LOOP_BACK -> Paints.PAIN_EDGE;
            default -> Paints.CURVE;
        };
    }
}
