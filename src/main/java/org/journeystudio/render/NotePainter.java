package org.journeystudio.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.LayoutStyle;
import org.journeystudio.layout.NoteKind;
import org.journeystudio.layout.StickyNote;
import org.journeystudio.layout.TextBlock;
import org.journeystudio.model.LaneKind;

/** Sticky notes (pain points, opportunities) and the text blocks of the channel and expectations lanes. */
final class NotePainter {
    static final Font NOTE_TEXT = ExportFonts.regular(11.5);
    private static final Font CHANNEL_TEXT = ExportFonts.regular(11);

    private final LayoutStyle style;

    NotePainter(LayoutStyle style) {
        this.style = style;
    }

    void paintNote(Graphics2D g, StickyNote note) {
        Box b = note.box();
        boolean pain = note.kind() == NoteKind.PAIN_POINT;
        g.setColor(Paints.SHADOW);
        g.fill(new Rectangle2D.Double(b.x() + 1, b.y() + 1.5, b.w(), b.h()));
        g.setColor(pain ? Paints.PAIN_NOTE : Paints.OPPORTUNITY_NOTE);
        g.fill(foldedNote(b, 9));
        // The edge says what it is; for pain points its weight and darkness say how severe.
        Color edge = pain ? Paints.painEdge(note.severity()) : Paints.OPPORTUNITY_EDGE;
        double edgeWidth = pain ? 2 + note.severity() : 3;
        g.setColor(edge);
        g.fill(new Rectangle2D.Double(b.x(), b.y(), edgeWidth, b.h()));
        g.setColor(Paints.INK);
        paintLines(g, note.lines(), NOTE_TEXT, b, style.notePadding() + 1, b.w() - style.notePadding() - 2);
    }

    void paintText(Graphics2D g, TextBlock block, LaneKind kind) {
        Box b = block.box();
        if (kind == LaneKind.CHANNEL) {
            g.setColor(Paints.CHANNEL_PILL);
            g.fill(new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), b.h(), b.h()));
            g.setColor(Paints.MUTED_INK);
            for (String line : block.lines()) {
                TextFit.drawCentered(g, line, CHANNEL_TEXT, b.centerX(), TextFit.baselineCentered(CHANNEL_TEXT,
                        b.y(), b.h()), b.w() - 12);
            }
            return;
        }
        g.setColor(Paints.INK);
        paintLines(g, block.lines(), NOTE_TEXT, b, style.notePadding(), b.w());
    }

    /** One text line per layout line, each centred in its line height, starting below the note's padding. */
    private void paintLines(Graphics2D g, java.util.List<String> lines, Font font, Box b, double inset, double width) {
        double top = b.y() + style.notePadding();
        for (String line : lines) {
            TextFit.draw(g, line, font, b.x() + inset, TextFit.baselineCentered(font, top, style.lineHeight()),
                    width - inset);
            top += style.lineHeight();
        }
    }

    private static Path2D foldedNote(Box b, double fold) {
        double f = Math.min(fold, Math.min(b.w(), b.h()) / 2);
        Path2D path = new Path2D.Double();
        path.moveTo(b.x(), b.y());
        path.lineTo(b.right(), b.y());
        path.lineTo(b.right(), b.bottom() - f);
        path.lineTo(b.right() - f, b.bottom());
        path.lineTo(b.x(), b.bottom());
        path.closePath();
        return path;
    }


}
