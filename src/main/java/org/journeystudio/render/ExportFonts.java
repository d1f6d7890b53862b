package org.journeystudio.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The typeface every export uses: DejaVu Sans (regular and bold), shipped with the application (Bitstream Vera
 * licence, see fonts/LICENSE-DejaVu.txt), so a PNG, SVG and PDF of the same map break their lines alike on any
 * machine, and the PDF can embed the very glyphs it measured with.
 */
public final class ExportFonts {
    /** The family name SVG files name (with generic fallbacks) and PDF files embed. */
    public static final String FAMILY = "DejaVu Sans";
    static final String REGULAR_RESOURCE = "fonts/DejaVuSans.ttf";
    static final String BOLD_RESOURCE = "fonts/DejaVuSans-Bold.ttf";

    private static final Font REGULAR = load(REGULAR_RESOURCE);
    private static final Font BOLD = load(BOLD_RESOURCE);
    /** One measuring context for every format, so line breaks never depend on the output. */
    private static final Graphics2D MEASURE = measuringGraphics();

    private ExportFonts() {
    }

    public static Font regular(double size) {
        return REGULAR.deriveFont((float) size);
    }

    /**
     * The bold face. It also carries the bold weight attribute: the face alone reports a plain style, and an
     * SVG needs the weight to ask a viewer's own copy of the family for bold.
     */
    public static Font bold(double size) {
        return BOLD.deriveFont(Map.of(TextAttribute.WEIGHT, TextAttribute.WEIGHT_BOLD,
                TextAttribute.SIZE, (float) size));
    }

    /** Metrics with fractional widths, the same for every exporter. */
    static synchronized FontMetrics metrics(Font font) {
        return MEASURE.getFontMetrics(font);
    }

    /** The width of {@code text}, each run measured in the font that will draw it (see {@link #runs}). */
    static synchronized double width(Font font, String text) {
        if (font.canDisplayUpTo(text) < 0) {
            return font.getStringBounds(text, MEASURE.getFontRenderContext()).getWidth();
        }
        double width = 0;
        for (Run run : runs(font, text)) {
            width += run.font().getStringBounds(run.text(), MEASURE.getFontRenderContext()).getWidth();
        }
        return width;
    }

    /** A stretch of text and the font to draw it in. */
    record Run(String text, Font font) {
    }

    /**
     * Splits text into runs the export font can draw and runs it cannot (CJK, most symbols), which go to the
     * platform's sans-serif in the same size and weight. The export font's runs stay real text in a PDF; the
     * others become outlines there, but show their glyphs instead of empty boxes.
     */
    static List<Run> runs(Font font, String text) {
        if (font.canDisplayUpTo(text) < 0) {
            return List.of(new Run(text, font));
        }
        Object weight = font.getAttributes().get(TextAttribute.WEIGHT);
        Font fallback = new Font(Map.of(TextAttribute.FAMILY, Font.SANS_SERIF, TextAttribute.SIZE, font.getSize2D(),
                TextAttribute.WEIGHT, weight == null ? TextAttribute.WEIGHT_REGULAR : weight));
        List<Run> runs = new ArrayList<>();
        int start = 0;
        boolean own = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            // Spaces and other characters both fonts have stay in the current run.
            boolean mine = font.canDisplay(cp) && (own || !fallback.canDisplay(cp) || Character.isLetterOrDigit(cp));
            if (i > start && mine != own) {
                runs.add(new Run(text.substring(start, i), own ? font : fallback));
                start = i;
            }
            own = mine;
            i += Character.charCount(cp);
        }
        runs.add(new Run(text.substring(start), own ? font : fallback));
        return runs;
    }

    /** The regular or bold face's file, for the compare view to set its text in the same glyphs on screen. */
    public static InputStream face(boolean bold) {
        return open(bold ? BOLD_RESOURCE : REGULAR_RESOURCE);
    }

    /** The font file's bytes, for a PDF to embed; the caller closes the stream. */
    static InputStream open(String resource) {
        InputStream in = ExportFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The export font " + resource + " is missing from the application");
        }
        return in;
    }

    private static Font load(String resource) {
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the export font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The export font " + resource + " is damaged", e);
        }
    }

    private static Graphics2D measuringGraphics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }
}
