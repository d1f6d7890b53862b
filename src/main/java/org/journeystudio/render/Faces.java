package org.journeystudio.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/** An emotion drawn as a small face: its colour from the diverging scale, its mouth readable without colour. */
final class Faces {
    private Faces() {
    }

    static void paint(Graphics2D g, int score, double cx, double cy, double radius) {
        Color fill = Paints.emotion(score);
        g.setColor(Paints.PAPER);
        g.fill(new Ellipse2D.Double(cx - radius - 1.5, cy - radius - 1.5, 2 * radius + 3, 2 * radius + 3));
        g.setColor(fill);
        g.fill(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
        g.setColor(Paints.emotionOutline(score));
        g.setStroke(new BasicStroke((float) Math.max(1, radius / 9)));
        g.draw(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));

        Color features = Paints.isStrongEmotion(score) ? Paints.PAPER : Paints.INK;
        g.setColor(features);
        double eye = radius * 0.14;
        double eyeY = cy - radius * 0.25;
        g.fill(new Ellipse2D.Double(cx - radius * 0.36 - eye, eyeY - eye, 2 * eye, 2 * eye));
        g.fill(new Ellipse2D.Double(cx + radius * 0.36 - eye, eyeY - eye, 2 * eye, 2 * eye));

        // The mouth bends with the score: up for delight, flat for neutral, down for frustration.
        double half = radius * 0.42;
        double mouthY = cy + radius * 0.3;
        double bend = score * radius * 0.16;
        Path2D mouth = new Path2D.Double();
        mouth.moveTo(cx - half, mouthY - bend / 2);
        mouth.quadTo(cx, mouthY + bend * 1.5, cx + half, mouthY - bend / 2);
        g.setStroke(new BasicStroke((float) Math.max(1.2, radius / 7), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(mouth);
    }
}
