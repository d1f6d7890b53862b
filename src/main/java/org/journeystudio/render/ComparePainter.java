package org.journeystudio.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.journeystudio.layout.Box;

/** Paints a {@link CompareLayout}'s marks in its own coordinates, for every export format. */
final class ComparePainter {
    private static final float[] DASH = {6f, 4f};

    private ComparePainter() {
    }

    static void paint(CompareLayout layout, Graphics2D g, ExportMonitor monitor) {
        Rendering.prepare(g);
        ExportProgress progress = new ExportProgress(monitor, layout.marks().size());
        for (CompareMark mark : layout.marks()) {
            if (mark instanceof CompareMark.Text t) {
                text(g, t);
            } else if (mark instanceof CompareMark.Rect r) {
                rect(g, r);
            } else if (mark instanceof CompareMark.Line l) {
                line(g, l);
            } else if (mark instanceof CompareMark.Dot d) {
                dot(g, d);
            }
            progress.step();
        }
    }

    private static void text(Graphics2D g, CompareMark.Text t) {
        g.setColor(Paints.awt(t.colour()));
        double x = t.x();
        for (ExportFonts.Run run : ExportFonts.runs(t.type().font(), t.text())) {
            g.setFont(run.font());
            g.drawString(run.text(), (float) x, (float) t.baseline());
            x += ExportFonts.width(run.font(), run.text());
        }
    }

    private static void rect(Graphics2D g, CompareMark.Rect r) {
        Box b = r.box();
        if (r.fill() != null) {
            g.setColor(Paints.awt(r.fill()));
            g.fill(new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h()));
        }
        if (r.stroke() != null && r.strokeWidth() > 0) {
            // The edge lies inside the box, so a bold cell edge never spills onto its neighbour.
            double half = r.strokeWidth() / 2;
            g.setColor(Paints.awt(r.stroke()));
            g.setStroke(new BasicStroke((float) r.strokeWidth()));
            g.draw(new Rectangle2D.Double(b.x() + half, b.y() + half, Math.max(0, b.w() - r.strokeWidth()),
                    Math.max(0, b.h() - r.strokeWidth())));
        }
    }

    private static void line(Graphics2D g, CompareMark.Line l) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(l.points().get(0), l.points().get(1));
        for (int i = 2; i + 1 < l.points().size(); i += 2) {
            path.lineTo(l.points().get(i), l.points().get(i + 1));
        }
        g.setColor(Paints.awt(l.colour()));
        g.setStroke(l.dashed() ? new BasicStroke((float) l.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                10f, DASH, 0f) : new BasicStroke((float) l.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    private static void dot(Graphics2D g, CompareMark.Dot d) {
        Ellipse2D.Double circle = new Ellipse2D.Double(d.cx() - d.radius(), d.cy() - d.radius(), 2 * d.radius(),
                2 * d.radius());
        g.setColor(Paints.awt(d.fill()));
        g.fill(circle);
        g.setColor(Paints.awt(d.stroke()));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(circle);
    }
}
