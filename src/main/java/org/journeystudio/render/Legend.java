package org.journeystudio.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.RatingScale;

/**
 * The key to an export's colours and marks (emotions, notes, evidence, the satisfaction scale), laid out as
 * groups that flow left to right and wrap onto a new row when the width runs out.
 */
final class Legend {
    static final double ROW_HEIGHT = 40;
    private static final double GROUP_GAP = 34;
    private static final Font HEADING = ExportFonts.bold(9.5);
    private static final Font LABEL = ExportFonts.regular(9.5);

    /** One group of the legend: a heading above its marks. */
    private interface Group {
        double width();

        void paint(Graphics2D g, double x, double y);
    }

    private final List<Group> groups = new ArrayList<>();

    private Legend() {
    }

    /** The key to a map: emotions, pain points and opportunities, evidence, and the cards' satisfaction strip. */
    static Legend forMap(RatingScale scale, boolean withSatisfaction) {
        Legend legend = new Legend();
        legend.groups.add(new EmotionGroup());
        legend.groups.add(new NoteGroup());
        legend.groups.add(new EvidenceGroup());
        if (withSatisfaction) {
            legend.groups.add(new ScaleGroup(scale, Messages.text("report.legendSatisfactionStrip")));
        }
        return legend;
    }

    /** No key: for a drawing that carries its own (the compare view). */
    static Legend none() {
        return new Legend();
    }

    static Legend forHeatmap(RatingScale scale) {
        Legend legend = new Legend();
        legend.groups.add(new ScaleGroup(scale, Messages.text("report.legendSatisfaction")));
        return legend;
    }

    double height(double maxWidth) {
        return rows(maxWidth).size() * ROW_HEIGHT;
    }

    void paint(Graphics2D g, double x, double y, double maxWidth) {
        double rowY = y;
        for (List<Group> row : rows(maxWidth)) {
            double gx = x;
            for (Group group : row) {
                group.paint(g, gx, rowY);
                gx += group.width() + GROUP_GAP;
            }
            rowY += ROW_HEIGHT;
        }
    }

    private List<List<Group>> rows(double maxWidth) {
        List<List<Group>> rows = new ArrayList<>();
        List<Group> row = new ArrayList<>();
        double used = 0;
        for (Group group : groups) {
            if (!row.isEmpty() && used + GROUP_GAP + group.width() > maxWidth) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : GROUP_GAP) + group.width();
            row.add(group);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static void heading(Graphics2D g, String text, double x, double y) {
        g.setColor(Paints.MUTED_INK);
        g.setFont(HEADING);
        g.drawString(upper(text), (float) x, (float) (y + 9));
    }

    /** Headings are set in capitals, by the language's rules. */
    private static String upper(String text) {
        return text.toUpperCase(Messages.language().locale());
    }

    private static void label(Graphics2D g, String text, double x, double baseline) {
        g.setColor(Paints.INK);
        g.setFont(LABEL);
        g.drawString(text, (float) x, (float) baseline);
    }

    private static double labelWidth(String text) {
        return ExportFonts.width(LABEL, text);
    }

    private static final class EmotionGroup implements Group {
        @Override
        public double width() {
            double w = 0;
            for (int s = Emotion.MIN; s <= Emotion.MAX; s++) {
                w += 20 + labelWidth(ModelWords.emotion(s)) + 12;
            }
            return w;
        }

        @Override
        public void paint(Graphics2D g, double x, double y) {
            heading(g, Messages.text("report.legendEmotion"), x, y);
            double cx = x;
            for (int s = Emotion.MIN; s <= Emotion.MAX; s++) {
                Faces.paint(g, s, cx + 7, y + 24, 7);
                label(g, ModelWords.emotion(s), cx + 19, y + 27.5);
                cx += 20 + labelWidth(ModelWords.emotion(s)) + 12;
            }
        }
    }

    private static final class NoteGroup implements Group {
        @Override
        public double width() {
            return 3 * 14 + labelWidth(Messages.text("report.legendPainPoint")) + 14 + 18
                    + labelWidth(Messages.text("report.legendOpportunity"));
        }

        @Override
        public void paint(Graphics2D g, double x, double y) {
            heading(g, Messages.text("report.legendNotes"), x, y);
            double cx = x;
            for (int severity = 1; severity <= 3; severity++) {
                g.setColor(Paints.PAIN_NOTE);
                g.fill(new Rectangle2D.Double(cx, y + 17, 12, 14));
                g.setColor(Paints.painEdge(severity));
                g.fill(new Rectangle2D.Double(cx, y + 17, 2 + severity, 14));
                cx += 14;
            }
            String pain = Messages.text("report.legendPainPoint");
            label(g, pain, cx + 2, y + 27.5);
            cx += labelWidth(pain) + 14;
            g.setColor(Paints.OPPORTUNITY_NOTE);
            g.fill(new Rectangle2D.Double(cx, y + 17, 12, 14));
            g.setColor(Paints.OPPORTUNITY_EDGE);
            g.fill(new Rectangle2D.Double(cx, y + 17, 3, 14));
            label(g, Messages.text("report.legendOpportunity"), cx + 18, y + 27.5);
        }
    }

    private static final class EvidenceGroup implements Group {
        @Override
        public double width() {
            return 3 * 76;
        }

        @Override
        public void paint(Graphics2D g, double x, double y) {
            heading(g, Messages.text("report.legendEvidence"), x, y);
            double right = x;
            for (Evidence evidence : Evidence.values()) {
                right += 76;
                CardPainter.paintEvidenceBadge(g, evidence, right - 8, y + 28);
            }
        }
    }

    /** The diverging colour ramp from the scale's minimum to its maximum, with the neutral point marked. */
    private static final class ScaleGroup implements Group {
        private static final double RAMP = 220;
        private final RatingScale scale;
        private final DivergingScale colours;
        private final String title;

        ScaleGroup(RatingScale scale, String title) {
            this.scale = scale;
            this.colours = new DivergingScale(scale);
            this.title = title;
        }

        @Override
        public double width() {
            return Math.max(RAMP + 20 + 14 + labelWidth(Messages.text("report.legendNoRating")),
                    ExportFonts.width(HEADING, upper(title)));
        }

        @Override
        public void paint(Graphics2D g, double x, double y) {
            heading(g, title, x, y);
            int steps = 44;
            for (int i = 0; i < steps; i++) {
                double value = scale.min() + (scale.max() - scale.min()) * (i + 0.5) / steps;
                g.setColor(Paints.rgb(colours.rgb(value)));
                g.fill(new Rectangle2D.Double(x + RAMP * i / steps, y + 15, RAMP / steps + 0.3, 10));
            }
            g.setColor(Paints.CARD_BORDER);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(new Rectangle2D.Double(x, y + 15, RAMP, 10));
            g.setColor(Paints.MUTED_INK);
            g.setFont(LABEL);
            g.drawString(Messages.text("report.legendDissatisfied", scale.min()), (float) x, (float) (y + 36));
            String neutral = Messages.text("report.legendNeutral", format(scale.neutral()));
            g.drawString(neutral, (float) (x + RAMP / 2 - ExportFonts.width(LABEL, neutral) / 2), (float) (y + 36));
            TextFit.drawRight(g, Messages.text("report.legendSatisfied", scale.max()), LABEL, x + RAMP, y + 36);
            double mx = x + RAMP + 20;
            g.setColor(Paints.MISSING_CELL);
            g.fill(new Rectangle2D.Double(mx, y + 15, 10, 10));
            g.setColor(Paints.CARD_BORDER);
            g.draw(new Rectangle2D.Double(mx, y + 15, 10, 10));
            label(g, Messages.text("report.legendNoRating"), mx + 14, y + 24);
        }
    }

    static String format(double value) {
        return ReportWords.scaleValue(value);
    }
}
