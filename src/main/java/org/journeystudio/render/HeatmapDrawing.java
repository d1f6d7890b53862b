package org.journeystudio.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import org.journeystudio.layout.HeatmapColumn;
import org.journeystudio.layout.HeatmapLayout;
import org.journeystudio.layout.HeatmapStyle;
import org.journeystudio.model.JourneyMap;

/** A heatmap ready to export: the painted cells and, when framed, a title above and the colour key below. */
final class HeatmapDrawing implements Drawing {
    private static final double MARGIN = MapDrawing.MARGIN;
    private static final double LEGEND_GAP = 18;
    /** The title and legend need this much width even for a heatmap of one narrow column. */
    private static final double MIN_FRAME_WIDTH = 560;

    private final HeatmapLayout layout;
    private final TitleBlock title;
    private final Legend legend;
    private final boolean framed;

    private HeatmapDrawing(JourneyMap map, HeatmapLayout layout, LocalDate date, boolean framed) {
        this.layout = layout;
        this.title = TitleBlock.forHeatmap(map, layout.columns().stream().map(HeatmapColumn::name).toList(), date);
        this.legend = Legend.forHeatmap(map.scale());
        this.framed = framed;
    }

    static HeatmapDrawing of(JourneyMap map, List<String> segmentIds, LocalDate date, boolean framed) {
        return new HeatmapDrawing(map, HeatmapLayout.of(map, segmentIds, HeatmapStyle.DEFAULT), date, framed);
    }

    @Override
    public TitleBlock title() {
        return title;
    }

    @Override
    public Legend legend() {
        return legend;
    }

    private double frameWidth() {
        return Math.max(MIN_FRAME_WIDTH, layout.width());
    }

    @Override
    public Rectangle2D bounds() {
        if (!framed) {
            return new Rectangle2D.Double(0, 0, layout.width(), layout.height());
        }
        double top = MARGIN + TitleBlock.HEIGHT;
        double bottom = LEGEND_GAP + legend.height(frameWidth()) + MARGIN;
        return new Rectangle2D.Double(-MARGIN, -top, frameWidth() + 2 * MARGIN, top + layout.height() + bottom);
    }

    @Override
    public void paint(Graphics2D g, ExportMonitor monitor) {
        Rendering.prepare(g);
        if (framed) {
            title.paint(g, 0, -TitleBlock.HEIGHT - 4, frameWidth(), 1);
            legend.paint(g, 0, layout.height() + LEGEND_GAP, frameWidth());
        }
        new HeatmapPainter(layout).paint(g, monitor);
    }
}
