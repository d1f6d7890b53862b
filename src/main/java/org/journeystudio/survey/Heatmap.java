package org.journeystudio.survey;

import java.util.List;

/**
 * Touchpoints × segments with the statistics of each cell, plus what the reader found on the way: label
 * variants that were merged and rows that could not be used.
 *
 * @param format       the survey's format
 * @param ratings      the rating columns, in touchpoint order
 * @param touchpoints  the touchpoint names (rows)
 * @param segments     the segment labels as shown (columns), "All" last
 * @param cells        one cell per touchpoint and segment, touchpoint by touchpoint
 * @param variants     segments whose answers used several spellings
 * @param badRows      the first bad rows, with line numbers and reasons
 * @param badRowCount  how many rows were bad in all
 * @param rowsRead     answer records read, good and bad
 */
public record Heatmap(SurveyFormat format, List<RatingColumn> ratings, List<String> touchpoints,
                      List<String> segments, List<HeatmapCell> cells, List<LabelVariants> variants,
                      List<BadRow> badRows, long badRowCount, long rowsRead) {
    /** The column label of the whole sample. */
    public static final String ALL = "All";

    public Heatmap {
        ratings = List.copyOf(ratings);
        touchpoints = List.copyOf(touchpoints);
        segments = List.copyOf(segments);
        cells = List.copyOf(cells);
        variants = List.copyOf(variants);
        badRows = List.copyOf(badRows);
    }

    /** The cell of a touchpoint and segment label. */
    public HeatmapCell cell(String touchpoint, String segment) {
        int row = touchpoints.indexOf(touchpoint);
        int column = segments.indexOf(segment);
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("no cell for touchpoint '" + touchpoint + "' and segment '"
                    + segment + "'; touchpoints " + touchpoints + ", segments " + segments);
        }
        return cells.get(row * segments.size() + column);
    }
}
