package org.journeystudio.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * One side of a comparison looked up by id: names of stages, lanes and segments, the cards in journey order and
 * the emotion curve. The map's own lookups scan its lists, which a comparison of 1,000 cards would do thousands
 * of times.
 */
final class MapIndex {
    final JourneyMap map;
    /** The cards in journey order: by stage, lane, then order in the cell (as {@link JourneyMap}'s). */
    final List<Touchpoint> inJourneyOrder;
    private final Map<String, Integer> stageIndex = new HashMap<>();
    private final Map<String, String> stageNames = new HashMap<>();
    private final Map<String, Lane> lanes = new HashMap<>();
    private final Map<String, String> segmentNames = new HashMap<>();

    MapIndex(JourneyMap map) {
        this.map = map;
        for (int i = 0; i < map.stages().size(); i++) {
            Stage stage = map.stages().get(i);
            stageIndex.putIfAbsent(stage.id(), i);
            stageNames.putIfAbsent(stage.id(), stage.name());
        }
        Map<String, Integer> laneIndex = new HashMap<>();
        for (int i = 0; i < map.lanes().size(); i++) {
            lanes.putIfAbsent(map.lanes().get(i).id(), map.lanes().get(i));
            laneIndex.putIfAbsent(map.lanes().get(i).id(), i);
        }
        for (Segment segment : map.segments()) {
            segmentNames.putIfAbsent(segment.id(), segment.name());
        }
        List<Touchpoint> ordered = new ArrayList<>(map.touchpoints());
        ordered.sort(Comparator
                .comparingInt((Touchpoint t) -> stageIndex.getOrDefault(t.stageId(), Integer.MAX_VALUE))
                .thenComparingInt(t -> laneIndex.getOrDefault(t.laneId(), Integer.MAX_VALUE))
                .thenComparingInt(Touchpoint::order));
        inJourneyOrder = List.copyOf(ordered);
    }

    /** The stage's name, or its id when the map lacks it. */
    String stageName(String stageId) {
        return stageNames.getOrDefault(stageId, stageId);
    }

    /** The name of a card's path in its stage: "main track" for none, its id when the stage lacks it. */
    String pathName(Touchpoint t) {
        if (t.pathId().isEmpty()) {
            return "main track";
        }
        return map.stage(t.stageId()).flatMap(s -> s.path(t.pathId())).map(p -> p.name()).orElse(t.pathId());
    }

    String laneTitle(String laneId) {
        Lane lane = lanes.get(laneId);
        return lane == null ? laneId : lane.title();
    }

    boolean hasSegment(String segmentId) {
        return segmentNames.containsKey(segmentId);
    }

    /** The segment's name, or null when the map lacks it. */
    String segmentName(String segmentId) {
        return segmentNames.get(segmentId);
    }

    /** Stage id → mean emotion of its customer-facing cards (as the map's curve); stages without any are absent. */
    Map<String, Double> meanEmotions() {
        Map<String, int[]> sums = new HashMap<>();
        for (Touchpoint t : inJourneyOrder) {
            Lane lane = lanes.get(t.laneId());
            if (stageNames.containsKey(t.stageId()) && lane != null && lane.kind().isCustomerFacing()) {
                int[] sum = sums.computeIfAbsent(t.stageId(), s -> new int[2]);
                sum[0] += t.emotion().score();
                sum[1]++;
            }
        }
        Map<String, Double> means = new HashMap<>();
        sums.forEach((stage, sum) -> means.put(stage, sum[0] / (double) sum[1]));
        return means;
    }
}
