package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
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
        String what = Labels.touchpoints(map, touchpointIds);
        String description = pathId == null || pathId.isEmpty() ? Messages.text("edits.moveToMainTrack", what)
                : Messages.text("edits.moveToPath", what,
                        Labels.quoted(RenamePath.path(map, cards.get(0).stageId(), pathId)));
        return new MoveToPath(touchpointIds, pathId, description);
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
