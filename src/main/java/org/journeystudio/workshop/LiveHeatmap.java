package org.journeystudio.workshop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.ratings.SegmentHeatmap;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.survey.Heatmap;

/**
 * The room's answers so far as a heatmap: the rated touchpoints (journey order) × the map's segments, then "No
 * segment" once someone answered without one, then "All", with the survey heatmap's statistics per cell. Pure
 * data, built off the screen so that it can be tested without one.
 *
 * @param rows       the rated touchpoints, in the state's (journey) order
 * @param columns    the columns, the last one "All"
 * @param statistics per row, per column, the cell's statistics
 * @param scale      the map's rating scale, on which the participants answered
 */
public record LiveHeatmap(List<Row> rows, List<Column> columns, SegmentHeatmap statistics, RatingScale scale) {
    /**
     * Cells with fewer answers are marked as fragile. Lower than the survey heatmap's 30, since a whole workshop
     * room is often smaller than that and every cell would be marked.
     */
    public static final int LOW_N = 5;
    public static final String NO_SEGMENT_TITLE = "No segment";
    static final String ALL_TITLE = "All";

    /** One rated touchpoint, with its stage for the headings. */
    public record Row(String touchpointId, String title, String stageId, String stageName) {
    }

    /**
     * One column of cells.
     *
     * @param label the counts' label: a segment id, {@link WorkshopState#NO_SEGMENT}, or {@link Heatmap#ALL}
     * @param title what the column heading says
     * @param all   whether this is the "All" column
     */
    public record Column(String label, String title, boolean all) {
    }

    public LiveHeatmap {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /** The heatmap of {@code state}, with titles and segment names from {@code map} (the map as it is now). */
    public static LiveHeatmap of(WorkshopState state, JourneyMap map) {
        List<String> ids = state.touchpointIds();
        RatingScale roomScale = countedOn(state.counts(), map.scale());
        AnswerScale scale = AnswerScale.of(roomScale);
        ResponseCounts counts = state.counts() != null ? state.counts()
                : new ResponseCounts(List.of(), Collections.nCopies(ids.size(), scale.points()), List.of());
        int rated = Math.min(ids.size(), counts.ratingColumns());
        List<Column> columns = columns(map, counts, rated);
        ResponseCounts ordered = reordered(counts, columns);
        List<Row> rows = new ArrayList<>();
        for (String id : ids.subList(0, rated)) {
            rows.add(row(map, id));
        }
        SegmentHeatmap statistics = SegmentHeatmap.of(ordered, rows.stream().map(Row::title).toList(),
                rows.stream().map(r -> scale).toList(), LOW_N);
        columns.add(new Column(Heatmap.ALL, ALL_TITLE, true));
        return new LiveHeatmap(rows, columns, statistics, roomScale);
    }

    /**
     * The scale the room's answers were counted on: the map's when the session started. The facilitator may change
     * the map's scale meanwhile; the counts keep the old one, told apart by its number of points (5, 7 or 11).
     */
    private static RatingScale countedOn(ResponseCounts counts, RatingScale mapScale) {
        if (counts == null || counts.points().isEmpty()) {
            return mapScale;
        }
        int points = counts.points().get(0);
        for (RatingScale scale : RatingScale.values()) {
            if (scale.max() - scale.min() + 1 == points) {
                return scale;
            }
        }
        return mapScale;
    }

    /** The statistics of one cell. */
    public CellStatistics cell(int row, int column) {
        return statistics.cells().get(row).get(column);
    }

    /** The room's mean for a touchpoint over every segment; NaN before its first answer. */
    public double roomMean(int row) {
        return cell(row, columns.size() - 1).mean();
    }

    /** How many ratings the room has given, over every touchpoint. */
    public long answers() {
        long sum = 0;
        for (int row = 0; row < rows.size(); row++) {
            sum += cell(row, columns.size() - 1).n();
        }
        return sum;
    }

    /** The map's segments in the map's order (answered or not), segments the map lost, then "No segment". */
    private static List<Column> columns(JourneyMap map, ResponseCounts counts, int rated) {
        Set<String> labels = new LinkedHashSet<>();
        List<Column> columns = new ArrayList<>();
        for (Segment segment : map.segments()) {
            labels.add(segment.id());
            columns.add(new Column(segment.id(), segment.name(), false));
        }
        for (int label = 0; label < counts.labels().size(); label++) {
            String id = counts.labels().get(label);
            if (labels.contains(id) || id.equals(WorkshopState.NO_SEGMENT)) {
                continue;
            }
            // A segment deleted from the map while the room was answering: its answers still count.
            labels.add(id);
            columns.add(new Column(id, id, false));
        }
        int none = counts.labels().indexOf(WorkshopState.NO_SEGMENT);
        if (none >= 0 && hasAnswers(counts, none, rated)) {
            columns.add(new Column(WorkshopState.NO_SEGMENT, NO_SEGMENT_TITLE, false));
        }
        return columns;
    }

    private static boolean hasAnswers(ResponseCounts counts, int label, int rated) {
        for (int column = 0; column < rated; column++) {
            for (int point = 0; point < counts.points().get(column); point++) {
                if (counts.answers(label, column, point) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The counts with one row per column, in the columns' order; a segment nobody chose gets zeros. */
    private static ResponseCounts reordered(ResponseCounts counts, List<Column> columns) {
        List<String> labels = new ArrayList<>();
        List<long[]> answers = new ArrayList<>();
        for (Column column : columns) {
            int index = counts.labels().indexOf(column.label());
            labels.add(column.label());
            answers.add(index >= 0 ? counts.answers().get(index)
                    : new long[counts.width()]);
        }
        return new ResponseCounts(labels, counts.points(), answers);
    }

    private static Row row(JourneyMap map, String touchpointId) {
        Touchpoint touchpoint = map.touchpoint(touchpointId).orElse(null);
        if (touchpoint == null) {
            return new Row(touchpointId, "(removed touchpoint)", "", "");
        }
        String stageName = map.stage(touchpoint.stageId()).map(Stage::name).orElse("");
        return new Row(touchpointId, touchpoint.title(), touchpoint.stageId(), stageName);
    }
}
