package org.journeystudio.render.deck;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.journeystudio.render.ExportFonts;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;

/**
 * The deck's look: a 16:9 slide in points, the studio's palette and export font, and the few ways a slide puts
 * text down. Every text is a real run in a text box or shape, so PowerPoint, Keynote and Impress can edit it.
 */
final class DeckStyle {
    /** 13.333 × 7.5 inches, PowerPoint's widescreen slide. */
    static final double WIDTH = 960;
    static final double HEIGHT = 540;
    static final double MARGIN = 36;
    /** The band at the top of every content slide that holds its heading. */
    static final double HEADER = 64;
    static final String FONT = ExportFonts.FAMILY;

    static final Color INK = awt(Palette.INK);
    static final Color INK_SOFT = awt(Palette.INK_SOFT);
    static final Color INK_MUTED = awt(Palette.INK_MUTED);
    static final Color PAPER = awt(Palette.PAPER);
    static final Color STAGE_HEADER = awt(Palette.STAGE_HEADER);
    static final Color STAGE_NUMBER = awt(Palette.STAGE_NUMBER);
    static final Color CARD_BORDER = awt(Palette.CARD_BORDER);
    static final Color CHANNEL_PILL = awt(Palette.CHANNEL_PILL);
    static final Color PAIN_NOTE = awt(Palette.PAIN_NOTE);
    static final Color PAIN_EDGE = awt(Palette.PAIN_EDGE);
    static final Color LANE_HEADER = awt(Palette.LANE_HEADER);
    static final Color GRID = awt(Palette.GRID);

    private DeckStyle() {
    }

    static Color awt(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }

    static Color awt(int rgb) {
        return new Color(rgb);
    }

    /** The dark heading band of a content slide, with its title and, on the right, a smaller note. */
    static void header(XSLFSlide slide, String title, String note) {
        XSLFAutoShape band = slide.createAutoShape();
        band.setShapeType(ShapeType.RECT);
        band.setAnchor(new Rectangle2D.Double(0, 0, WIDTH, HEADER));
        band.setFillColor(STAGE_HEADER);
        band.setLineColor(null);
        XSLFTextBox heading = text(slide, new Rectangle2D.Double(MARGIN, 12, WIDTH - 2 * MARGIN - 220, 40));
        run(heading.addNewTextParagraph(), Text.clip(title, 70), 24, true, PAPER);
        heading.setVerticalAlignment(VerticalAlignment.MIDDLE);
        if (!note.isEmpty()) {
            XSLFTextBox side = text(slide, new Rectangle2D.Double(WIDTH - MARGIN - 220, 12, 220, 40));
            XSLFTextParagraph p = side.addNewTextParagraph();
            p.setTextAlign(TextParagraph.TextAlign.RIGHT);
            run(p, Text.clip(note, 40), 12, false, STAGE_NUMBER);
            side.setVerticalAlignment(VerticalAlignment.MIDDLE);
        }
    }

    /** An empty text box at {@code anchor} whose text wraps inside it and never grows it. */
    static XSLFTextBox text(XSLFSlide slide, Rectangle2D anchor) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        fixed(box);
        box.clearText();
        return box;
    }

    /** Text wraps within the shape, and viewers shrink it rather than let it spill out should an edit lengthen it. */
    static void fixed(XSLFTextShape shape) {
        shape.setWordWrap(true);
        shape.setTextAutofit(XSLFTextShape.TextAutofit.NORMAL);
        shape.setInsets(new org.apache.poi.sl.usermodel.Insets2D(4, 6, 4, 6));
    }

    static XSLFTextRun run(XSLFTextParagraph paragraph, String text, double size, boolean bold, Color colour) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(colour);
        return run;
    }
}
