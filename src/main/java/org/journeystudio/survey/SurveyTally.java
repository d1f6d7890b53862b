package org.journeystudio.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one pass over a survey, before labels are normalised: per raw segment spelling (or pair of
 * spellings for cross segments) the number of rows and one {@link CellAccumulator} per rating column, plus the
 * rows that could not be used. Keeping raw spellings lets both readers share the normalisation and statistics.
 */
public final class SurveyTally {
    static final int BAD_ROWS_KEPT = 1000;

    private final int[] points;
    private final Map<List<String>, Group> groups = new LinkedHashMap<>();
    private final List<BadRow> badRows = new ArrayList<>();
    private long badRowCount;
    private long rowsRead;

    /** The rows and cells of one raw segment spelling. */
    public static final class Group {
        private long rows;
        private final CellAccumulator[] cells;

        Group(int[] points) {
            cells = new CellAccumulator[points.length];
            for (int i = 0; i < points.length; i++) {
                cells[i] = new CellAccumulator(points[i]);
            }
        }

        public long rows() {
            return rows;
        }

        public CellAccumulator cell(int touchpoint) {
            return cells[touchpoint];
        }

        CellAccumulator[] cells() {
            return cells;
        }

        void addRows(long n) {
            rows += n;
        }
    }

    /** A tally of rating columns whose scales have {@code points[i]} points each. */
    public SurveyTally(int[] points) {
        this.points = points.clone();
    }

    /** The point count of each rating column's scale. */
    public static int[] pointsOf(List<RatingColumn> ratings) {
        int[] points = new int[ratings.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = ratings.get(i).scale().points();
        }
        return points;
    }

    /** The group for a raw spelling (one per segment column), created on first use. */
    public Group group(List<String> spellings) {
        return groups.computeIfAbsent(List.copyOf(spellings), k -> new Group(points));
    }

    public Map<List<String>, Group> groups() {
        return groups;
    }

    /** Counts a bad row; keeps it for the list while fewer than {@value #BAD_ROWS_KEPT} are kept (null: count only). */
    public void addBadRow(BadRow row) {
        badRowCount++;
        if (row != null && badRows.size() < BAD_ROWS_KEPT) {
            badRows.add(row);
        }
    }

    void countRead(long rows) {
        rowsRead += rows;
    }

    /** The first {@value #BAD_ROWS_KEPT} bad rows, in file order. */
    public List<BadRow> badRows() {
        return List.copyOf(badRows);
    }

    public long badRowCount() {
        return badRowCount;
    }

    /** Answer records read, good and bad. */
    public long rowsRead() {
        return rowsRead;
    }

    public int touchpoints() {
        return points.length;
    }

    /** Fresh cells, one per rating column. */
    CellAccumulator[] newCells() {
        return new Group(points).cells();
    }
}
