package org.journeystudio.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.journeystudio.layout.BlueprintLine;
import org.journeystudio.layout.Connector;
import org.journeystudio.layout.MapLayout;

/**
 * The service blueprint's marks on a painted map: its three labelled lines across the lanes, and the dependency
 * arrows between cards. Every position comes from the {@link MapLayout}.
 */
final class BlueprintPainter {
    private static final Font LABEL = ExportFonts.bold(10);
    private static final double LABEL_PAD = 4;

    private final MapLayout layout;

    BlueprintPainter(MapLayout layout) {
        this.layout = layout;
    }

    /** Dashed lines over the lane bands, each labelled at its left end; labels of lines that meet sit side by side. */
    void paintLines(Graphics2D g) {
        Map<Double, Double> labelX = new HashMap<>();
        double left = layout.style().laneHeaderWidth();
        for (BlueprintLine line : layout.blueprintLines()) {
            g.setColor(Paints.CURVE);
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {7f, 4f}, 0));
            g.draw(new Line2D.Double(0, line.y(), layout.width(), line.y()));
            double x = labelX.getOrDefault(line.y(), left + 8);
            double w = ExportFonts.width(LABEL, line.label()) + 2 * LABEL_PAD;
            double h = 14;
            g.setColor(Paints.CURVE);
            g.fill(new Rectangle2D.Double(x, line.y() - h / 2, w, h));
            g.setColor(Paints.PAPER);
            TextFit.draw(g, line.label(), LABEL, x + LABEL_PAD, TextFit.baselineCentered(LABEL, line.y() - h / 2, h),
                    w);
            labelX.put(line.y(), x + w + 8);
        }
    }

    /** Each dependency as a thin line routed around the cards, its head on the card that depends. */
    void paintArrows(Graphics2D g) {
        g.setColor(Paints.MUTED_INK);
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        for (Connector arrow : layout.arrows()) {
            PathPainter.paintLine(g, arrow);
        }
    }
}
