package org.journeystudio.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.journeystudio.edit.CompositeCommand;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.survey.CellStatistics;

/**
 * The room's ratings written into the map: each touchpoint's satisfaction for each of the map's segments set to
 * the room's mean (two decimals), as one edit. Cells nobody rated keep what the map had; answers without a
 * segment have no satisfaction field to go to and stay in the heatmap only.
 */
public final class RoomRatings {
    private RoomRatings() {
    }

    /** The edit, or empty when the room has not rated anything the map can hold. */
    public static Optional<MapCommand> command(JourneyMap map, LiveHeatmap heatmap) {
        List<MapCommand> parts = new ArrayList<>();
        for (int row = 0; row < heatmap.rows().size(); row++) {
            String touchpointId = heatmap.rows().get(row).touchpointId();
            if (map.touchpoint(touchpointId).isEmpty()) {
                continue;
            }
            for (int column = 0; column < heatmap.columns().size(); column++) {
                LiveHeatmap.Column segment = heatmap.columns().get(column);
                CellStatistics cell = heatmap.cell(row, column);
                if (segment.all() || cell.n() == 0 || map.segment(segment.label()).isEmpty()) {
                    continue;
                }
                parts.add(new SetTouchpointField<>(Set.of(touchpointId), TouchpointField.satisfaction(segment.label()),
                        Math.round(cell.mean() * 100) / 100.0, "Set satisfaction"));
            }
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(new CompositeCommand("Apply the workshop's ratings", parts));
    }
}
