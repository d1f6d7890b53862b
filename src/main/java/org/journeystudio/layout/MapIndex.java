package org.journeystudio.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * The map's touchpoints grouped once per layout, by stage and by cell, in the same order as
 * {@link JourneyMap#customerTouchpoints()} and {@link JourneyMap#touchpointsIn(String, String)}. Asking the map
 * for every stage and lane scans all touchpoints each time: on a 60-stage, 1,000-card map that was most of a
 * layout, and the editor lays the map out again after every change.
 */
final class MapIndex {
    private final Map<String, List<Touchpoint>> customerByStage = new HashMap<>();
    private final Map<String, List<Touchpoint>> byCell = new HashMap<>();

    MapIndex(JourneyMap map) {
        Map<String, Integer> stageIndex = new HashMap<>();
        List<Stage> stages = map.stages();
        for (int i = 0; i < stages.size(); i++) {
            stageIndex.putIfAbsent(stages.get(i).id(), i);
        }
        Map<String, Integer> laneIndex = new HashMap<>();
        Map<String, Lane> lanes = new HashMap<>();
        for (int i = 0; i < map.lanes().size(); i++) {
            Lane lane = map.lanes().get(i);
            laneIndex.putIfAbsent(lane.id(), i);
            lanes.putIfAbsent(lane.id(), lane);
        }
        // Journey order as the model defines it: by stage, then lane, then order in the cell (a stable sort).
        List<Touchpoint> ordered = new ArrayList<>(map.touchpoints());
        ordered.sort(Comparator
                .comparingInt((Touchpoint t) -> stageIndex.getOrDefault(t.stageId(), Integer.MAX_VALUE))
                .thenComparingInt(t -> laneIndex.getOrDefault(t.laneId(), Integer.MAX_VALUE))
                .thenComparingInt(Touchpoint::order));
        for (Touchpoint t : ordered) {
            Lane lane = lanes.get(t.laneId());
            if (stageIndex.containsKey(t.stageId()) && lane != null && lane.kind().isCustomerFacing()) {
                customerByStage.computeIfAbsent(t.stageId(), k -> new ArrayList<>()).add(t);
            }
        }
        for (Touchpoint t : map.touchpoints()) {
            byCell.computeIfAbsent(cellKey(t.stageId(), t.laneId()), k -> new ArrayList<>()).add(t);
        }
        byCell.values().forEach(cell -> cell.sort(Comparator.comparingInt(Touchpoint::order)));
    }

    /** The customer-facing touchpoints of a stage, in journey order. */
    List<Touchpoint> customerTouchpointsIn(String stageId) {
        return customerByStage.getOrDefault(stageId, List.of());
    }

    /** The touchpoints of one cell, by their order in it. */
    List<Touchpoint> touchpointsIn(String stageId, String laneId) {
        return byCell.getOrDefault(cellKey(stageId, laneId), List.of());
    }

    private static String cellKey(String stageId, String laneId) {
        return stageId + '\u0000' + laneId;
    }
}
