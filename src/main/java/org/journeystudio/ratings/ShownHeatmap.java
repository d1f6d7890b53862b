package org.journeystudio.ratings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ResponseImport;
import org.journeystudio.survey.CellStatistics;

/**
 * The heatmap as shown for one choice of measure and row order: the rows (under stage headings in journey order,
 * or flat by score or gap), each cell's value and the colour scale. The view, its CSV export and tests read the
 * same numbers from here.
 *
 * @param heatmap the cells' statistics per rating column and segment
 * @param map     the map whose touchpoints the rating columns rate
 * @param columns the import's rating columns, in the heatmap's row order
 * @param measure what each cell shows
 * @param order   how the rows are ordered
 */
public record ShownHeatmap(SegmentHeatmap heatmap, JourneyMap map, List<ResponseImport.RatedColumn> columns,
                           HeatmapMeasure measure, HeatmapRowOrder order) {
    public ShownHeatmap {
        columns = List.copyOf(columns);
    }

    /** The segment labels, then "All". */
    public List<String> segments() {
        return heatmap.segments();
    }

    public CellStatistics cell(HeatmapRow row, int segment) {
        return heatmap.cells().get(row.rating()).get(segment);
    }

    /** The measure's value of a cell (NaN when it has no answers to say it). */
    public double value(HeatmapRow row, int segment) {
        Double expected = row.touchpoint() == null ? null : row.touchpoint().expectedScore();
        return measure.value(cell(row, segment), heatmap.scales().get(row.rating()), map.scale(), expected);
    }

    /** The colour scale of the measure, on the first rating column's scale. */
    public DivergingScale colourScale() {
        AnswerScale surveyScale = heatmap.scales().isEmpty() ? AnswerScale.of(RatingScale.ONE_TO_FIVE)
                : heatmap.scales().get(0);
        return new DivergingScale(measure.low(surveyScale, map.scale()), measure.neutral(surveyScale),
                measure.high(surveyScale, map.scale()));
    }

    /** Rows in journey order under stage headings, or flat by score (lowest first) or by gap (widest first). */
    public List<HeatmapRow> rows() {
        Map<String, Touchpoint> touchpoints = new HashMap<>();
        map.touchpoints().forEach(t -> touchpoints.put(t.id(), t));
        List<HeatmapRow> plain = new ArrayList<>();
        for (int r = 0; r < columns.size(); r++) {
            Touchpoint touchpoint = columns.get(r).touchpointId() == null ? null
                    : touchpoints.get(columns.get(r).touchpointId());
            plain.add(new HeatmapRow(touchpoint != null ? touchpoint.title() : columns.get(r).name(), false, r,
                    touchpoint));
        }
        int all = segments().size() - 1;
        if (order == HeatmapRowOrder.SCORE) {
            plain.sort(Comparator.comparingDouble(row -> orLast(value(row, all))));
            return plain;
        }
        if (order == HeatmapRowOrder.GAP) {
            plain.sort(Comparator.comparingDouble(row -> -spread(row)));
            return plain;
        }
        return JourneyOrder.grouped(map, plain);
    }

    private double spread(HeatmapRow row) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < segments().size() - 1; s++) {
            double v = value(row, s);
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return max >= min ? max - min : -1;
    }

    private static double orLast(double value) {
        return Double.isNaN(value) ? Double.MAX_VALUE : value;
    }
}
