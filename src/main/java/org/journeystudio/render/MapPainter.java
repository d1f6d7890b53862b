package org.journeystudio.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.CardBox;
import org.journeystudio.layout.LaneRow;
import org.journeystudio.layout.LayoutStyle;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.layout.MapView;
import org.journeystudio.layout.PictureBox;
import org.journeystudio.layout.StageColumn;
import org.journeystudio.layout.StickyNote;
import org.journeystudio.layout.TextBlock;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointImage;

/**
 * Paints a {@link MapLayout} onto any {@link Graphics2D} in map coordinates: a bitmap for PNG, Batik's SVG
 * generator, or PDFBox's PDF bridge. It adds no geometry of its own: every box it fills is one of the layout's,
 * which is what keeps the exports and the window alike.
 *
 * <p>Z-order, bottom to top: lane bands, grid, stage headers and path tracks, lane headers, texts, notes, cards,
 * link arrows and connectors, blueprint lines, the paths' emotion curves, the main emotion curve.
 */
public final class MapPainter {
    private static final Font STAGE_NAME = ExportFonts.bold(13.5);
    private static final Font STAGE_NUMBER = ExportFonts.bold(9);
    private static final Font LANE_TITLE = ExportFonts.bold(12.5);
    private static final double LANE_TITLE_LINE = 16;

    private final JourneyMap map;
    private final MapLayout layout;
    private final LayoutStyle style;

    public MapPainter(JourneyMap map, MapLayout layout, LayoutStyle style) {
        this.map = map;
        this.layout = layout;
        // The layout's own measures: a map with paths has a taller stage header than the style asked for.
        this.style = layout.style();
    }

    /** Lays the map out with the default measures and paints that. */
    public static MapPainter of(JourneyMap map) {
        return of(map, MapView.JOURNEY);
    }

    /** Lays the map out in a view (the blueprint: lanes by role, with its lines) and paints that. */
    public static MapPainter of(JourneyMap map, MapView view) {
        return new MapPainter(map, MapLayout.of(map, LayoutStyle.DEFAULT, view), LayoutStyle.DEFAULT);
    }

    public MapLayout layout() {
        return layout;
    }

    /** Paints everything; progress runs from 0 to 1 over the items, and a cancel stops between items. */
    public void paint(Graphics2D g, ExportMonitor monitor) {
        Rendering.prepare(g);
        paintLaneBands(g);
        paintGrid(g);
        paintStageHeaders(g);
        PathPainter paths = new PathPainter(layout);
        paths.paintTracks(g);
        paintLaneHeaders(g);
        BlueprintPainter blueprint = new BlueprintPainter(layout);
        Map<String, LaneKind> kinds = layout.rows().stream()
                .collect(Collectors.toMap(LaneRow::laneId, LaneRow::kind, (a, b) -> a));
        NotePainter notes = new NotePainter(style);
        Map<String, Touchpoint> touchpoints = map.touchpoints().stream()
                .collect(Collectors.toMap(Touchpoint::id, t -> t, (a, b) -> a));
        CardPainter cards = new CardPainter(map, touchpoints);
        int total = layout.texts().size() + layout.notes().size() + layout.cards().size() + 1;
        ExportProgress progress = new ExportProgress(monitor, total);
        for (TextBlock text : layout.texts()) {
            notes.paintText(g, text, kinds.getOrDefault(text.laneId(), LaneKind.EXPECTATIONS));
            progress.step();
        }
        for (PictureBox picture : layout.pictures()) {
            TouchpointImage image = touchpoints.get(picture.touchpointId()).image();
            Box b = picture.box();
            Rectangle2D area = new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h());
            CardPictures.paint(g, image, area, area);
        }
        for (StickyNote note : layout.notes()) {
            notes.paintNote(g, note);
            progress.step();
        }
        for (CardBox card : layout.cards()) {
            cards.paint(g, card);
            progress.step();
        }
        blueprint.paintArrows(g);
        paths.paintConnectors(g);
        // Over the cards, so a line between two lanes is never hidden by a card that reaches the lane's edge.
        blueprint.paintLines(g);
        paths.paintCurves(g);
        layout.rows().stream().filter(r -> r.kind() == LaneKind.EMOTION).findFirst()
                .ifPresent(row -> new EmotionLanePainter(touchpoints, style).paint(g, row, layout.curve()));
        progress.step();
    }

    private void paintLaneBands(Graphics2D g) {
        List<LaneRow> rows = layout.rows();
        for (int i = 0; i < rows.size(); i++) {
            g.setColor(i % 2 == 0 ? Paints.PAPER : Paints.ROW_TINT);
            g.fill(rect(rows.get(i).body()));
        }
    }

    private void paintGrid(Graphics2D g) {
        g.setColor(Paints.GRID);
        g.setStroke(new BasicStroke(1f));
        for (StageColumn column : layout.columns()) {
            g.draw(new Line2D.Double(column.x(), column.body().y(), column.x(), column.body().bottom()));
        }
        for (LaneRow row : layout.rows()) {
            g.draw(new Line2D.Double(0, row.y(), layout.width(), row.y()));
        }
        g.draw(new Line2D.Double(0, layout.height(), layout.width(), layout.height()));
        g.draw(new Line2D.Double(layout.width(), style.stageHeaderHeight(), layout.width(), layout.height()));
    }

    private void paintStageHeaders(Graphics2D g) {
        g.setColor(Paints.STAGE_HEADER);
        g.fill(new Rectangle2D.Double(0, 0, style.laneHeaderWidth(), style.stageHeaderHeight()));
        g.setColor(Paints.STAGE_NUMBER);
        TextFit.draw(g, "JOURNEY STAGES  →", STAGE_NUMBER, 14,
                TextFit.baselineCentered(STAGE_NUMBER, 0, style.stageHeaderHeight()), style.laneHeaderWidth() - 20);
        List<StageColumn> columns = layout.columns();
        for (int i = 0; i < columns.size(); i++) {
            StageColumn column = columns.get(i);
            Box h = column.header();
            g.setColor(i % 2 == 0 ? Paints.STAGE_HEADER_ALT : Paints.STAGE_HEADER);
            g.fill(rect(h));
            double inner = h.w() - 24;
            g.setColor(Paints.STAGE_NUMBER);
            TextFit.draw(g, "STAGE " + (i + 1), STAGE_NUMBER, h.x() + 12, h.y() + 19, inner);
            g.setColor(Paints.PAPER);
            List<String> lines = TextFit.wrap(column.name().isEmpty() ? "(unnamed stage)" : column.name(),
                    STAGE_NAME, inner, 2);
            double baseline = h.y() + (lines.size() > 1 ? 35 : 42);
            for (String line : lines) {
                TextFit.draw(g, line, STAGE_NAME, h.x() + 12, baseline, inner);
                baseline += 16;
            }
        }
    }

    private void paintLaneHeaders(Graphics2D g) {
        for (LaneRow row : layout.rows()) {
            Box h = row.header();
            g.setColor(Paints.LANE_HEADER);
            g.fill(rect(h));
            g.setColor(Paints.laneAccent(row.kind()));
            g.fill(new Rectangle2D.Double(h.x(), h.y() + 1, 4, h.h() - 1));
            g.setColor(Paints.INK);
            // The emotion lane's header also carries the scale's labels on its right.
            double width = h.w() - 28 - (row.kind() == LaneKind.EMOTION ? EmotionLanePainter.SCALE_LABEL_ROOM : 0);
            // As many lines as the lane has room for: the layout makes a lane tall enough for its wrapped title.
            int room = Math.max(2, (int) ((h.h() - 2 * style.cellPadding()) / LANE_TITLE_LINE));
            List<String> lines = TextFit.wrap(row.title(), LANE_TITLE, Math.max(20, width), room);
            double baseline = h.y() + style.cellPadding() + TextFit.ascent(LANE_TITLE) + 2;
            for (String line : lines) {
                TextFit.draw(g, line, LANE_TITLE, h.x() + 16, baseline, Math.max(20, width));
                baseline += LANE_TITLE_LINE;
            }
            g.setColor(Paints.GRID);
            g.draw(new Line2D.Double(h.right(), h.y(), h.right(), h.bottom()));
        }
    }

    private static Rectangle2D rect(Box b) {
        return new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h());
    }
}
