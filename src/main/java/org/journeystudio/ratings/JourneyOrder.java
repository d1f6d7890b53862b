package org.journeystudio.ratings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/** Orders heatmap rows as the journey runs: by stage, then lane, then place in the cell, under stage headings. */
public final class JourneyOrder {
    public static final String NOT_ON_MAP = "Not on the map";

    private JourneyOrder() {
    }

    public static List<HeatmapRow> grouped(JourneyMap map, List<HeatmapRow> rows) {
        Map<String, Integer> lanes = new HashMap<>();
        for (int i = 0; i < map.lanes().size(); i++) {
            lanes.put(map.lanes().get(i).id(), i);
        }
        Comparator<Touchpoint> order = Comparator.comparingInt((Touchpoint t) -> lanes.getOrDefault(t.laneId(), 0))
                .thenComparingInt(Touchpoint::order);
        List<HeatmapRow> result = new ArrayList<>();
        for (Stage stage : map.stages()) {
            List<HeatmapRow> inStage = rows.stream()
                    .filter(r -> r.touchpoint() != null && r.touchpoint().stageId().equals(stage.id()))
                    .sorted(Comparator.comparing(HeatmapRow::touchpoint, order)).toList();
            if (!inStage.isEmpty()) {
                result.add(HeatmapRow.heading(stage.name()));
                result.addAll(inStage);
            }
        }
        List<HeatmapRow> elsewhere = rows.stream().filter(r -> r.touchpoint() == null).toList();
        if (!elsewhere.isEmpty()) {
            result.add(HeatmapRow.heading(NOT_ON_MAP));
            result.addAll(elsewhere);
        }
        return result;
    }
}
