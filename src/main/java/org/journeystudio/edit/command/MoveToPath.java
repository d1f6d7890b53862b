package org.journeystudio.edit.command;

import java.util.List;
import java.util.Set;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/**
 * Puts cards of one stage on one of its paths ({@code ""}: the main track), keeping their lane and order: a path
 * is a track of the stage, not a cell of its own.
 */
public record MoveToPath(Set<String> touchpointIds, String pathId, String description) implements MapCommand {

    public MoveToPath {
        touchpointIds = Set.copyOf(touchpointIds);
        pathId = pathId == null ? "" : pathId;
    }

    public static MoveToPath of(JourneyMap map, Set<String> touchpointIds, String pathId) {
        List<Touchpoint> cards = touchpointIds.stream().map(id -> MapLookup.touchpoint(map, id)).toList();
        String where = pathId == null || pathId.isEmpty() ? "the main track"
                : "path " + Labels.quoted(RenamePath.path(map, cards.get(0).stageId(), pathId));
        String what = cards.size() == 1 ? Labels.quoted(cards.get(0).title()) : cards.size() + " touchpoints";
        return new MoveToPath(touchpointIds, pathId, "Move " + what + " to " + where);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        for (String id : touchpointIds) {
            Touchpoint card = MapLookup.touchpoint(map, id);
            if (!pathId.isEmpty()) {
                RenamePath.path(map, card.stageId(), pathId);
            }
        }
        return map.withTouchpoints(ListEdits.replaced(map.touchpoints(), t -> touchpointIds.contains(t.id()),
                t -> t.onPath(pathId)));
    }
}
