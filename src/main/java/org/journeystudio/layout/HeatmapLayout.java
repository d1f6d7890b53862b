package org.journeystudio.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.PathGroup;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * The geometry of a satisfaction heatmap: the customer's touchpoints (not backstage steps or notes) as rows in
 * journey order, grouped under a band per stage, and segments as columns. Like {@link MapLayout}, one heatmap layout feeds the window and every exporter.
 *
 * <p>Segment names take the top {@link HeatmapStyle#columnHeaderHeight()}, touchpoint titles the left
 * {@link HeatmapStyle#rowHeaderWidth()}. A stage without touchpoints gets no band.
 */
public final class HeatmapLayout {
    private final RatingScale scale;
    private final List<HeatmapColumn> columns;
    private final List<HeatmapRow> rows;
    private final List<HeatmapStageBand> bands;
    private final List<HeatmapCell> cells;
    private final double width;
    private final double height;

    private HeatmapLayout(RatingScale scale, List<HeatmapColumn> columns, List<HeatmapRow> rows,
                          List<HeatmapStageBand> bands, List<HeatmapCell> cells, double width, double height) {
        this.scale = scale;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.bands = List.copyOf(bands);
        this.cells = List.copyOf(cells);
        this.width = width;
        this.height = height;
    }

    /** Every segment of the map, in the map's order. */
    public static HeatmapLayout of(JourneyMap map) {
        return of(map, List.of(), HeatmapStyle.DEFAULT);
    }

    /**
     * The heatmap for the given segments (ids, in the order given); an empty list means every segment.
     *
     * @throws IllegalArgumentException naming the segment ids the map does not have
     */
    public static HeatmapLayout of(JourneyMap map, List<String> segmentIds, HeatmapStyle style) {
        List<Segment> segments = chosenSegments(map, segmentIds);
        double bodyWidth = segments.size() * style.columnWidth();
        double x0 = style.rowHeaderWidth();
        List<Touchpoint> touchpoints = map.customerTouchpoints();
        List<HeatmapRow> rows = new ArrayList<>();
        List<HeatmapStageBand> bands = new ArrayList<>();
        List<HeatmapCell> cells = new ArrayList<>();
        double y = style.columnHeaderHeight();
        for (Stage stage : map.stages()) {
            // A stage's rows grouped by path, the main track first, each labelled with its path's name.
            List<PathGroup> groups = PathGroup.of(stage, touchpoints.stream()
                    .filter(t -> t.stageId().equals(stage.id())).toList());
            if (groups.isEmpty()) {
                continue;
            }
            bands.add(new HeatmapStageBand(stage.id(), stage.name(),
                    new Box(0, y, x0 + bodyWidth, style.stageBandHeight())));
            y += style.stageBandHeight();
            for (PathGroup group : groups) {
                for (Touchpoint t : group.touchpoints()) {
                    String title = group.main() ? t.title() : group.name() + " · " + t.title();
                    rows.add(new HeatmapRow(t.id(), stage.id(), title, new Box(0, y, x0, style.rowHeight()),
                            new Box(x0, y, bodyWidth, style.rowHeight())));
                    for (int i = 0; i < segments.size(); i++) {
                        Double rating = t.satisfaction().get(segments.get(i).id());
                        cells.add(new HeatmapCell(t.id(), segments.get(i).id(),
                                rating == null ? OptionalDouble.empty() : OptionalDouble.of(rating),
                                new Box(x0 + i * style.columnWidth(), y, style.columnWidth(), style.rowHeight())));
                    }
                    y += style.rowHeight();
                }
            }
        }
        List<HeatmapColumn> columns = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            double x = x0 + i * style.columnWidth();
            columns.add(new HeatmapColumn(segment.id(), segment.name(), segment.color(),
                    new Box(x, 0, style.columnWidth(), style.columnHeaderHeight()),
                    new Box(x, style.columnHeaderHeight(), style.columnWidth(), y - style.columnHeaderHeight())));
        }
        return new HeatmapLayout(map.scale(), columns, rows, bands, cells, x0 + bodyWidth, y);
    }

    private static List<Segment> chosenSegments(JourneyMap map, List<String> segmentIds) {
        if (segmentIds == null || segmentIds.isEmpty()) {
            return map.segments();
        }
        List<String> unknown = segmentIds.stream().filter(id -> map.segment(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The map has no segment " + String.join(", ", unknown)
                    + "; its segments are: " + String.join(", ", map.segments().stream().map(Segment::id).toList()));
        }
        return segmentIds.stream().distinct().map(id -> map.segment(id).orElseThrow()).toList();
    }

    /** The rating scale the cells' values are on. */
    public RatingScale scale() {
        return scale;
    }

    public List<HeatmapColumn> columns() {
        return columns;
    }

    public List<HeatmapRow> rows() {
        return rows;
    }

    public List<HeatmapStageBand> bands() {
        return bands;
    }

    /** Row by row, left to right within a row. */
    public List<HeatmapCell> cells() {
        return cells;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public Optional<HeatmapCell> cell(String touchpointId, String segmentId) {
        return cells.stream().filter(c -> c.touchpointId().equals(touchpointId) && c.segmentId().equals(segmentId))
                .findFirst();
    }
}
