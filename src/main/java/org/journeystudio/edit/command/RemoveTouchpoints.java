package org.journeystudio.edit.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/** Deletes cards (Del key, cut); the cells they leave are renumbered densely. */
public record RemoveTouchpoints(Set<String> touchpointIds, String description) implements MapCommand {

    public RemoveTouchpoints {
        touchpointIds = Set.copyOf(touchpointIds);
        if (touchpointIds.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("checks.nothingToDelete"));
        }
    }

    public static RemoveTouchpoints of(JourneyMap map, Set<String> touchpointIds) {
        touchpointIds.forEach(id -> MapLookup.touchpoint(map, id));
        return new RemoveTouchpoints(touchpointIds, Messages.text("edits.delete", Labels.touchpoints(map, touchpointIds)));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Set<Cell> cells = new HashSet<>();
        for (String id : touchpointIds) {
            cells.add(Cell.of(MapLookup.touchpoint(map, id)));
        }
        List<Touchpoint> left = ListEdits.removed(map.touchpoints(), tp -> touchpointIds.contains(tp.id()));
        return map.withTouchpoints(Cell.renumber(left, cells));
    }
}
