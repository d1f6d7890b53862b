package org.journeystudio.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Text measured with the export font: wrapping by width, and drawing a line so it never spills out of its box
 * (first a little narrower type, then an ellipsis). Every exporter measures alike, see {@link ExportFonts}.
 */
final class TextFit {
    private static final String ELLIPSIS = "…";
    /** Type may shrink this far before a line is cut. */
    private static final double SMALLEST_SHRINK = 0.8;

    private TextFit() {
    }

    /** Greedy word wrap to {@code maxWidth}; the last allowed line ends with an ellipsis when text is left over. */
    static List<String> wrap(String text, Font font, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = text.strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length && lines.size() < maxLines) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (ExportFonts.width(font, candidate) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (!line.isEmpty() && lines.size() < maxLines) {
            lines.add(line.toString());
        }
        if (i < words.length && !lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, ellipsize(lines.get(last) + " " + words[i], font, maxWidth, true));
        }
        return lines;
    }

    /** Draws one line with its baseline at {@code baseline}, left-aligned, shrunk or cut to fit {@code maxWidth}. */
    static void draw(Graphics2D g, String text, Font font, double x, double baseline, double maxWidth) {
        Font fitted = shrunk(text, font, maxWidth);
        show(g, ellipsize(text, fitted, maxWidth, false), fitted, x, baseline);
    }

    /** Draws one line centred on {@code centerX}. */
    static void drawCentered(Graphics2D g, String text, Font font, double centerX, double baseline, double maxWidth) {
        Font fitted = shrunk(text, font, maxWidth);
        String shown = ellipsize(text, fitted, maxWidth, false);
        show(g, shown, fitted, centerX - ExportFonts.width(fitted, shown) / 2, baseline);
    }

    /** Draws one line ending at {@code right}. */
    static void drawRight(Graphics2D g, String text, Font font, double right, double baseline) {
        show(g, text, font, right - ExportFonts.width(font, text), baseline);
    }

    /** Draws text from {@code x}, run by run in the font that has its glyphs. */
    private static void show(Graphics2D g, String text, Font font, double x, double baseline) {
        double runX = x;
        for (ExportFonts.Run run : ExportFonts.runs(font, text)) {
            g.setFont(run.font());
            g.drawString(run.text(), (float) runX, (float) baseline);
            runX += ExportFonts.width(run.font(), run.text());
        }
        g.setFont(font);
    }

    /** The baseline that centres the font's ascent and descent in a band of {@code height} starting at {@code top}. */
    static double baselineCentered(Font font, double top, double height) {
        FontMetrics m = ExportFonts.metrics(font);
        return top + (height - m.getAscent() - m.getDescent()) / 2 + m.getAscent();
    }

    static double ascent(Font font) {
        return ExportFonts.metrics(font).getAscent();
    }

    private static Font shrunk(String text, Font font, double maxWidth) {
        double width = ExportFonts.width(font, text);
        if (width <= maxWidth || maxWidth <= 0) {
            return font;
        }
        double factor = Math.max(SMALLEST_SHRINK, maxWidth / width);
        return font.deriveFont((float) (font.getSize2D() * factor));
    }

    /** The text as {@link #draw} would show it in {@code font}: whole, or cut with an ellipsis to fit. */
    static String ellipsized(String text, Font font, double maxWidth) {
        return ellipsize(text, font, maxWidth, false);
    }

    private static String ellipsize(String text, Font font, double maxWidth, boolean force) {
        if (!force && ExportFonts.width(font, text) <= maxWidth) {
            return text;
        }
        // The longest prefix that fits with the ellipsis, found by halving: long labels stay cheap to cut.
        int fits = 0;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (ExportFonts.width(font, text.substring(0, middle).stripTrailing() + ELLIPSIS) <= maxWidth) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return text.substring(0, fits).stripTrailing() + ELLIPSIS;
    }
}
