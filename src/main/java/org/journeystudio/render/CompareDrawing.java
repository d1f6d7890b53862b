package org.journeystudio.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import org.journeystudio.i18n.Messages;

/**
 * The compare view ready to export: its layout, in a margin for PNG and SVG. Its key is part of the layout, so
 * a PDF page carries only the title block above it.
 */
final class CompareDrawing implements Drawing {
    private static final double MARGIN = MapDrawing.MARGIN;

    private final CompareLayout layout;
    private final TitleBlock title;
    private final boolean framed;

    CompareDrawing(CompareLayout layout, String mapTitle, LocalDate date, boolean framed) {
        this.layout = layout;
        this.title = new TitleBlock(Messages.text("comparison.title",
                mapTitle.isBlank() ? Messages.text("comparison.untitled") : mapTitle),
                Messages.text("comparison.compared", layout.beforeName(), layout.afterName()), date);
        this.framed = framed;
    }

    @Override
    public Rectangle2D bounds() {
        double margin = framed ? MARGIN : 0;
        return new Rectangle2D.Double(-margin, -margin, layout.width() + 2 * margin, layout.height() + 2 * margin);
    }

    @Override
    public void paint(Graphics2D g, ExportMonitor monitor) {
        ComparePainter.paint(layout, g, monitor);
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
