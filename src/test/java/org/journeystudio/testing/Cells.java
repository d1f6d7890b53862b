package org.journeystudio.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/** What the cells (stage × lane) of a map hold, for assertions after edits. */
public final class Cells {
    private Cells() {
    }

    /** Titles of one cell's cards in order. */
    public static List<String> titlesIn(JourneyMap map, String stageId, String laneId) {
        return map.touchpointsIn(stageId, laneId).stream().map(Touchpoint::title).toList();
    }

    /** Every cell's orders are 0, 1, 2… */
    public static boolean ordersAreDense(JourneyMap map) {
        Map<String, List<Integer>> byCell = new HashMap<>();
        for (Touchpoint tp : map.touchpoints()) {
            byCell.computeIfAbsent(tp.stageId() + "|" + tp.laneId(), k -> new ArrayList<>()).add(tp.order());
        }
        for (List<Integer> orders : byCell.values()) {
            orders.sort(null);
            for (int i = 0; i < orders.size(); i++) {
                if (orders.get(i) != i) {
                    return false;
                }
            }
        }
        return true;
    }
}
