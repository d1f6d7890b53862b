package org.journeystudio.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Map;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.CardBox;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;

/**
 * One touchpoint card: its image as a thumbnail at the left (when it has one), title, channel, an emotion dot, an
 * evidence badge, and along the bottom a strip with one heatmap colour per segment. The card's rounded rectangle is exactly the layout's box.
 */
final class CardPainter {
    static final double CORNER = 8;
    private static final double PAD = 10;
    private static final double STRIP = 5;
    /** Space around a card's thumbnail, which fills the card's height at its left. */
    private static final double THUMB_INSET = 5;
    private static final Font TITLE = ExportFonts.bold(12);
    private static final Font SMALL = ExportFonts.regular(10);
    private static final Font BADGE = ExportFonts.bold(8.5);

    private final JourneyMap map;
    private final Map<String, Touchpoint> touchpoints;
    private final DivergingScale heat;

    CardPainter(JourneyMap map, Map<String, Touchpoint> touchpoints) {
        this.map = map;
        this.touchpoints = touchpoints;
        this.heat = new DivergingScale(map.scale());
    }

    void paint(Graphics2D g, CardBox card) {
        Touchpoint t = touchpoints.get(card.touchpointId());
        if (t == null) {
            return;
        }
        Box b = card.box();
        RoundRectangle2D shape = new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), CORNER, CORNER);
        g.setColor(Paints.SHADOW);
        g.fill(new RoundRectangle2D.Double(b.x() + 1, b.y() + 2, b.w(), b.h(), CORNER, CORNER));
        g.setColor(Paints.CARD);
        g.fill(shape);
        paintSatisfactionStrip(g, t, b, shape);
        g.setColor(Paints.CARD_BORDER);
        g.setStroke(new BasicStroke(1f));
        g.draw(shape);

        double dotR = 4.5;
        g.setColor(Paints.emotion(t.emotion().score()));
        g.fill(new Ellipse2D.Double(b.right() - PAD - 2 * dotR, b.y() + PAD, 2 * dotR, 2 * dotR));
        g.setColor(Paints.emotionOutline(t.emotion().score()));
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Ellipse2D.Double(b.right() - PAD - 2 * dotR, b.y() + PAD, 2 * dotR, 2 * dotR));

        double left = b.x() + PAD;
        if (t.image() != null) {
            double side = b.h() - 2 * THUMB_INSET - STRIP;
            CardPictures.paint(g, t.image(), new Rectangle2D.Double(b.x() + THUMB_INSET, b.y() + THUMB_INSET,
                    Math.min(side, b.w() / 3), side), shape);
            left = b.x() + THUMB_INSET + Math.min(side, b.w() / 3) + 6;
        }
        double titleWidth = b.right() - left - PAD - 2 * dotR - 4;
        String title = t.title().isEmpty() ? "(untitled)" : t.title();
        g.setColor(t.title().isEmpty() ? Paints.FAINT_INK : Paints.INK);
        double lineHeight = 15;
        int maxLines = Math.max(1, (int) ((b.h() - PAD - 26) / lineHeight));
        List<String> lines = TextFit.wrap(title, TITLE, Math.max(10, titleWidth), maxLines);
        double baseline = b.y() + PAD + TextFit.ascent(TITLE) - 1;
        for (String line : lines) {
            TextFit.draw(g, line, TITLE, left, baseline, titleWidth);
            baseline += lineHeight;
        }

        double bottomBaseline = b.bottom() - STRIP - 7;
        double badgeWidth = paintEvidenceBadge(g, t.evidence(), b.right() - PAD, bottomBaseline);
        g.setColor(Paints.MUTED_INK);
        TextFit.draw(g, ModelWords.channel(t.channel()), SMALL, left, bottomBaseline, b.right() - left - PAD - badgeWidth - 6);
        paintBlueprintMarks(g, t, b);
    }

    /**
     * A fail point as a solid "FAIL" tag and a wait point as an outlined "WAIT" tag (with its duration), astride
     * the card's top edge: the usual blueprint marks, readable in greyscale.
     */
    private static void paintBlueprintMarks(Graphics2D g, Touchpoint t, Box b) {
        double x = b.x() + PAD;
        double room = b.w() - 2 * PAD;
        if (t.failPoint()) {
            x += paintTag(g, "FAIL", true, x, b.y(), room) + 4;
        }
        if (t.waitPoint()) {
            String text = t.waitDuration().isEmpty() ? "WAIT" : "WAIT " + t.waitDuration();
            paintTag(g, text, false, x, b.y(), b.x() + PAD + room - x);
        }
    }

    /** A pill centred on {@code centerY}; returns its width. */
    private static double paintTag(Graphics2D g, String text, boolean solid, double x, double centerY, double room) {
        double h = 13;
        double w = Math.min(room, ExportFonts.width(BADGE, text) + 10);
        if (w < 20) {
            return 0;
        }
        RoundRectangle2D pill = new RoundRectangle2D.Double(x, centerY - h / 2, w, h, h, h);
        g.setColor(solid ? Paints.FAIL_MARK : Paints.PAPER);
        g.fill(pill);
        g.setColor(solid ? Paints.FAIL_MARK : Paints.CURVE);
        g.setStroke(new BasicStroke(1f));
        g.draw(pill);
        g.setColor(solid ? Paints.PAPER : Paints.INK);
        TextFit.draw(g, text, BADGE, x + 5, centerY + 3.2, w - 10);
        return w;
    }

    /** The segments' ratings as coloured slices along the card's foot, clipped to its rounded corners. */
    private void paintSatisfactionStrip(Graphics2D g, Touchpoint t, Box b, Shape card) {
        List<Segment> segments = map.segments();
        if (segments.isEmpty() || t.satisfaction().isEmpty()) {
            return;
        }
        Shape oldClip = g.getClip();
        g.clip(card);
        double slice = b.w() / segments.size();
        for (int i = 0; i < segments.size(); i++) {
            Double rating = t.satisfaction().get(segments.get(i).id());
            g.setColor(rating == null ? Paints.MISSING_CELL : Paints.rgb(heat.rgb(rating)));
            g.fill(new Rectangle2D.Double(b.x() + i * slice, b.bottom() - STRIP, slice + 0.2, STRIP));
        }
        g.setClip(oldClip);
    }

    /** Paints the badge with its right edge at {@code right}; returns its width. */
    static double paintEvidenceBadge(Graphics2D g, Evidence evidence, double right, double baseline) {
        String text = switch (evidence) {
            case OBSERVED -> "OBSERVED";
            case ASSUMED -> "ASSUMED";
            case PROPOSED -> "PROPOSED";
        };
        double w = ExportFonts.width(BADGE, text) + 10;
        double h = 13;
        double x = right - w;
        double y = baseline - 9.5;
        RoundRectangle2D pill = new RoundRectangle2D.Double(x, y, w, h, h, h);
        // Observed is solid (a fact), assumed outlined (a belief), proposed dashed (an idea): readable in greyscale.
        Color ink = Paints.EVIDENCE_INK;
        if (evidence == Evidence.OBSERVED) {
            g.setColor(ink);
            g.fill(pill);
            g.setColor(Paints.PAPER);
        } else {
            g.setColor(Paints.PAPER);
            g.fill(pill);
            g.setColor(ink);
            g.setStroke(evidence == Evidence.PROPOSED
                    ? new BasicStroke(0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {2.5f, 2f}, 0)
                    : new BasicStroke(0.9f));
            g.draw(pill);
        }
        g.setFont(BADGE);
        g.drawString(text, (float) (x + 5), (float) (y + h - 3.6));
        return w;
    }
}
