package org.journeystudio.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.MatrixLayout;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.style.Palette;

/**
 * The value–effort matrix ready to export: the {@link MatrixLayout} the window shows, painted with the exports'
 * font and colours; PNG and SVG get the title block above it, a PDF page prints it as its heading.
 */
public final class MatrixDrawing implements Drawing {
    private static final double MARGIN = MapDrawing.MARGIN;

    private final MatrixLayout layout;
    private final TitleBlock title;
    private final boolean framed;

    MatrixDrawing(JourneyMap map, MatrixLayout layout, LocalDate date, boolean framed) {
        this.layout = layout;
        this.title = new TitleBlock((map.title().isBlank() ? "Untitled journey map" : map.title())
                + " — value–effort matrix", "Bubble size: linked pain points and how poorly the touchpoints they"
                + " address are rated", date);
        this.framed = framed;
    }

    /**
     * Writes {@code layout} (laid out for {@code map}, perhaps filtered) as the picture {@code format} names: PNG at
     * twice the layout's size, SVG, or a PDF page fitted to A4.
     */
    public static void write(JourneyMap map, MatrixLayout layout, ActionPlanFormat format, OutputStream out)
            throws IOException {
        LocalDate today = LocalDate.now();
        switch (format) {
            case MATRIX_PNG -> PngWriter.write(new MatrixDrawing(map, layout, today, true), 2, false, out,
                    ExportMonitor.NONE);
            case MATRIX_SVG -> {
                MatrixDrawing drawing = new MatrixDrawing(map, layout, today, true);
                SvgWriter.write(drawing, drawing.title().title(), out, ExportMonitor.NONE);
            }
            case MATRIX_PDF -> PdfWriter.write(new MatrixDrawing(map, layout, today, false),
                    ExportOptions.of(ExportFormat.PDF).withDate(today), out, ExportMonitor.NONE);
            default -> throw new IllegalArgumentException(format.label() + " is not a picture of the matrix");
        }
        out.flush();
    }

    @Override
    public Rectangle2D bounds() {
        if (!framed) {
            return new Rectangle2D.Double(0, 0, layout.width(), layout.height());
        }
        double top = MARGIN + TitleBlock.HEIGHT;
        return new Rectangle2D.Double(-MARGIN, -top, layout.width() + 2 * MARGIN, top + layout.height() + MARGIN);
    }

    @Override
    public void paint(Graphics2D g, ExportMonitor monitor) {
        Rendering.prepare(g);
        if (framed) {
            title.paint(g, 0, -TitleBlock.HEIGHT - 4, layout.width(), 1);
        }
        Font text = ExportFonts.regular(MatrixLayout.TEXT_TYPE);
        Box plot = layout.plot();
        g.setColor(Paints.PAPER);
        g.fill(new Rectangle2D.Double(plot.x(), plot.y(), plot.w(), plot.h()));
        for (MatrixLayout.Area area : layout.areas()) {
            Box b = area.box();
            if (area.fill() != null) {
                g.setColor(Paints.awt(area.fill()));
                g.fill(new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h()));
            }
            g.setColor(Paints.FAINT_INK);
            label(g, new MatrixLayout.Label(ModelWords.quadrant(area.quadrant()), area.labelX(), area.labelBaseline(),
                    area.alignRight() ? MatrixLayout.Align.END : MatrixLayout.Align.START),
                    ExportFonts.bold(MatrixLayout.QUADRANT_TYPE));
        }
        g.setColor(Paints.GRID);
        g.setStroke(new BasicStroke(1));
        g.draw(new Rectangle2D.Double(plot.x(), plot.y(), plot.w(), plot.h()));
        Box quickWins = layout.areas().get(0).box();
        g.draw(new Line2D.Double(quickWins.right(), plot.y(), quickWins.right(), plot.bottom()));
        g.draw(new Line2D.Double(plot.x(), quickWins.bottom(), plot.right(), quickWins.bottom()));
        g.setColor(Paints.MUTED_INK);
        layout.ticks().forEach(t -> label(g, t, text));
        layout.titles().forEach(t -> label(g, t, text));
        for (MatrixLayout.Dot dot : layout.dots()) {
            monitor.checkCancelled();
            Ellipse2D circle = new Ellipse2D.Double(dot.x() - dot.radius(), dot.y() - dot.radius(), 2 * dot.radius(),
                    2 * dot.radius());
            g.setColor(Paints.awt(dot.fill().withOpacity(0.85)));
            g.fill(circle);
            g.setColor(Paints.awt(dot.fill().darker()));
            g.setStroke(new BasicStroke(1.5f));
            g.draw(circle);
            g.setColor(Paints.INK);
            label(g, new MatrixLayout.Label(dot.label(), dot.x(), dot.y() + dot.radius() + 13,
                    MatrixLayout.Align.CENTRE), text);
        }
        for (MatrixLayout.Key key : layout.keys()) {
            double r = 6;
            g.setColor(Paints.awt(key.fill()));
            g.fill(new Ellipse2D.Double(key.x() - r, key.y() - r, 2 * r, 2 * r));
            g.setColor(Paints.awt(Palette.INK_SOFT));
            TextFit.draw(g, key.text(), text, key.x() + 10, key.y() + 4, 200);
        }
    }

    private static void label(Graphics2D g, MatrixLayout.Label label, Font font) {
        switch (label.align()) {
            case START -> TextFit.draw(g, label.text(), font, label.x(), label.baseline(), 2000);
            case CENTRE -> TextFit.drawCentered(g, label.text(), font, label.x(), label.baseline(), 2000);
            case END -> TextFit.drawRight(g, label.text(), font, label.x(), label.baseline());
        }
    }

    @Override
    public TitleBlock title() {
        return title;
    }

    @Override
    public Legend legend() {
        return Legend.none();
    }
}
