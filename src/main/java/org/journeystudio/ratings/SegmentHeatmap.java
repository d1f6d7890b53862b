package org.journeystudio.ratings;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.store.ResponseImport;
import org.journeystudio.survey.CellAccumulator;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.survey.Heatmap;

/**
 * The statistics of every cell for one choice of segment column(s): rating columns × (labels + "All"), computed
 * from the library's counts with the same statistics as the headless heatmap.
 *
 * @param ratingNames the rating columns' names (rows)
 * @param scales      each rating column's scale
 * @param segments    the segment labels, then "All" (columns)
 * @param cells       per rating column, per segment, the cell's statistics
 */
public record SegmentHeatmap(List<String> ratingNames, List<AnswerScale> scales, List<String> segments,
                             List<List<CellStatistics>> cells) {
    public SegmentHeatmap {
        ratingNames = List.copyOf(ratingNames);
        scales = List.copyOf(scales);
        segments = List.copyOf(segments);
        cells = cells.stream().map(List::copyOf).toList();
    }

    /** The heatmap of a stored import's {@code counts}: one row per rated column, with that column's scale. */
    public static SegmentHeatmap of(ResponseCounts counts, List<ResponseImport.RatedColumn> columns, int lowNThreshold) {
        return of(counts, columns.stream().map(ResponseImport.RatedColumn::name).toList(),
                columns.stream().map(ResponseImport.RatedColumn::scale).toList(), lowNThreshold);
    }

    public static SegmentHeatmap of(ResponseCounts counts, List<String> ratingNames, List<AnswerScale> scales,
                                    int lowNThreshold) {
        List<String> segments = new ArrayList<>(counts.labels());
        segments.add(Heatmap.ALL);
        List<List<CellStatistics>> rows = new ArrayList<>();
        for (int r = 0; r < ratingNames.size(); r++) {
            List<CellStatistics> row = new ArrayList<>();
            for (int label = 0; label <= counts.labels().size(); label++) {
                int points = scales.get(r).points();
                CellAccumulator cell = new CellAccumulator(points);
                boolean all = label == counts.labels().size();
                for (int point = 0; point < points; point++) {
                    long n = all ? counts.total(r, point) : counts.answers(label, r, point);
                    if (n > 0) {
                        cell.add(point, n);
                    }
                }
                cell.addOptedOut(all ? counts.total(r, points) : counts.optedOut(label, r));
                row.add(CellStatistics.of(cell, scales.get(r), lowNThreshold));
            }
            rows.add(row);
        }
        return new SegmentHeatmap(ratingNames, scales, segments, rows);
    }

    /**
     * The scales the rating columns use and how many answers were not applicable, as one line for people:
     * "Scale 1-6 · Never … Always · not applicable: 7 answers".
     */
    public String scaleNote() {
        List<String> labels = scales.stream().map(AnswerScale::label).distinct().toList();
        long notApplicable = 0;
        for (List<CellStatistics> row : cells) {
            notApplicable += row.isEmpty() ? 0 : row.get(row.size() - 1).notApplicable();
        }
        return (labels.size() == 1 ? "Scale " : "Scales ") + String.join("; ", labels) + " · not applicable: "
                + notApplicable + (notApplicable == 1 ? " answer" : " answers");
    }

    /** The cell of rating column {@code rating} and segment label {@code segment}. */
    public CellStatistics cell(int rating, String segment) {
        int column = segments.indexOf(segment);
        if (column < 0) {
            throw new IllegalArgumentException("no segment '" + segment + "' in " + segments);
        }
        return cells.get(rating).get(column);
    }
}
