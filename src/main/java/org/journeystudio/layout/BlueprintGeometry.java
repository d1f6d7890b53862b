package org.journeystudio.layout;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.Blueprint;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;

/** The blueprint's lines of a laid-out map: geometry the canvas and every export share. */
final class BlueprintGeometry {
    private BlueprintGeometry() {
    }

    /**
     * Each line sits on the top edge of the first shown lane below it; with no lane below, on the bottom edge of
     * the last shown lane. None when no shown lane has a role: then there is no blueprint to divide.
     */
    static List<BlueprintLine> lines(JourneyMap arranged, List<LaneRow> rows) {
        List<Lane> shown = arranged.lanes().stream().filter(Lane::visible).toList();
        if (rows.isEmpty() || shown.stream().noneMatch(l -> l.role().inBlueprint())) {
            return List.of();
        }
        List<BlueprintLine> lines = new ArrayList<>();
        for (Blueprint.Line line : Blueprint.Line.values()) {
            double y = rows.get(rows.size() - 1).body().bottom();
            for (int i = 0; i < shown.size(); i++) {
                if (line.below(shown.get(i).role())) {
                    y = rows.get(i).y();
                    break;
                }
            }
            lines.add(new BlueprintLine(line, y));
        }
        return lines;
    }
}
