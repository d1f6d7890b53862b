package org.journeystudio.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import org.journeystudio.layout.MapView;
import org.journeystudio.model.JourneyMap;

/**
 * A map ready to export: the painted layout, and, when framed, a title above it and a legend below it, all
 * around the layout's own coordinates (the title sits at negative y).
 */
final class MapDrawing implements Drawing {
    static final double MARGIN = 24;
    private static final double LEGEND_GAP = 18;

    private final MapPainter painter;
    private final TitleBlock title;
    private final Legend legend;
    private final boolean framed;

    private MapDrawing(MapPainter painter, TitleBlock title, Legend legend, boolean framed) {
        this.painter = painter;
        this.title = title;
        this.legend = legend;
        this.framed = framed;
    }

    /**
     * The map; framed (for PNG and SVG) with its title and legend around it, else bare (for PDF pages, which
     * carry the title and legend in their own margins).
     */
    static MapDrawing of(JourneyMap map, LocalDate date, boolean framed) {
        return of(map, date, framed, MapView.JOURNEY);
    }

    /** As {@link #of(JourneyMap, LocalDate, boolean)}, in a view: the blueprint orders lanes by role and draws its lines. */
    static MapDrawing of(JourneyMap map, LocalDate date, boolean framed, MapView view) {
        return new MapDrawing(MapPainter.of(map, view), TitleBlock.forMap(map, date), legendFor(map), framed);
    }

    static Legend legendFor(JourneyMap map) {
        boolean rated = !map.segments().isEmpty()
                && map.touchpoints().stream().anyMatch(t -> !t.satisfaction().isEmpty());
        return Legend.forMap(map.scale(), rated);
    }

    @Override
    public TitleBlock title() {
        return title;
    }

    @Override
    public Legend legend() {
        return legend;
    }

    @Override
    public Rectangle2D bounds() {
        double w = painter.layout().width();
        double h = painter.layout().height();
        if (!framed) {
            return new Rectangle2D.Double(0, 0, w, h);
        }
        double top = MARGIN + TitleBlock.HEIGHT;
        double bottom = LEGEND_GAP + legend.height(w) + MARGIN;
        return new Rectangle2D.Double(-MARGIN, -top, w + 2 * MARGIN, top + h + bottom);
    }

    @Override
    public void paint(Graphics2D g, ExportMonitor monitor) {
        Rendering.prepare(g);
        if (framed) {
            double w = painter.layout().width();
            title.paint(g, 0, -TitleBlock.HEIGHT - 4, w, 1);
            legend.paint(g, 0, painter.layout().height() + LEGEND_GAP, w);
        }
        painter.paint(g, monitor);
    }
}
