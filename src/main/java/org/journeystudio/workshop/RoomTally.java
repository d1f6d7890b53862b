package org.journeystudio.workshop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.RatingScale;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.store.WorkshopRow;

/**
 * The room's answers counted in memory, kept in step with what the library has committed: the latest answer per
 * participant and touchpoint, and counts per segment, touchpoint and value for the heatmap.
 */
final class RoomTally {
    private final List<String> labels;
    private final Map<String, Integer> labelIndex = new HashMap<>();
    private final Map<String, Integer> touchpointIndex = new HashMap<>();
    private final int touchpoints;
    private final long[][] counts;
    /** participant id → touchpoint id → that participant's latest answer. */
    private final Map<String, Map<String, WorkshopRow.Answer>> latest = new HashMap<>();

    private final AnswerScale scale;

    /**
     * Counts for these segment labels (sorted here) over these touchpoints (the rating columns, in order), rated
     * on {@code scale}.
     */
    RoomTally(List<String> segmentLabels, List<String> touchpointIds, RatingScale scale) {
        this.scale = AnswerScale.of(scale);
        this.labels = segmentLabels.stream().distinct().sorted().toList();
        for (int i = 0; i < labels.size(); i++) {
            labelIndex.put(labels.get(i), i);
        }
        for (int i = 0; i < touchpointIds.size(); i++) {
            touchpointIndex.put(touchpointIds.get(i), i);
        }
        this.touchpoints = touchpointIds.size();
        this.counts = new long[labels.size()][touchpoints * ResponseCounts.VALUES];
    }

    /** Counts an answer, taking back the participant's earlier answer to the same touchpoint. */
    synchronized void add(WorkshopRow.Answer answer) {
        WorkshopRow.Answer earlier = latest.computeIfAbsent(answer.participantId(), p -> new HashMap<>())
                .put(answer.touchpointId(), answer);
        if (earlier != null) {
            counts[label(earlier)][cell(earlier)]--;
        }
        counts[label(answer)][cell(answer)]++;
    }

    /** The counts now, copied. */
    synchronized ResponseCounts counts() {
        List<long[]> rows = new ArrayList<>(labels.size());
        for (long[] row : counts) {
            rows.add(row.clone());
        }
        return ResponseCounts.fromValues(labels, Collections.nCopies(touchpoints, scale), rows);
    }

    /** The room's mean per touchpoint over every segment; touchpoints nobody rated are absent. */
    synchronized Map<String, Double> means() {
        Map<String, Double> means = new HashMap<>();
        touchpointIndex.forEach((touchpointId, column) -> {
            long answers = 0;
            long sum = 0;
            for (long[] row : counts) {
                for (int value = 0; value < ResponseCounts.VALUES; value++) {
                    answers += row[column * ResponseCounts.VALUES + value];
                    sum += value * row[column * ResponseCounts.VALUES + value];
                }
            }
            if (answers > 0) {
                means.put(touchpointId, (double) sum / answers);
            }
        });
        return means;
    }

    /** One participant's own answers, touchpoint id → rating. */
    synchronized Map<String, Integer> answersOf(String participantId) {
        Map<String, Integer> mine = new HashMap<>();
        latest.getOrDefault(participantId, Map.of()).forEach((touchpointId, answer) ->
                mine.put(touchpointId, answer.rating()));
        return mine;
    }

    private int label(WorkshopRow.Answer answer) {
        Integer index = labelIndex.get(answer.segmentId());
        if (index == null) {
            throw new IllegalArgumentException("Segment '" + answer.segmentId() + "' is not one of this workshop's");
        }
        return index;
    }

    private int cell(WorkshopRow.Answer answer) {
        Integer column = touchpointIndex.get(answer.touchpointId());
        if (column == null) {
            throw new IllegalArgumentException("Touchpoint '" + answer.touchpointId() + "' is not rated in this workshop");
        }
        return column * ResponseCounts.VALUES + answer.rating();
    }
}
