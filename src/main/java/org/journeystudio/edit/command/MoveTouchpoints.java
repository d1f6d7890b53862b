package org.journeystudio.edit.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * Moves cards (one, or a multi-selection) into a cell, before the card now at {@code index} among the cell's
 * other cards ({@link #AT_END} for after the last). Moved cards keep their journey order; the cells they left
 * and the target cell are renumbered densely. Consecutive moves of the same cards (one drag) are one step.
 */
public record MoveTouchpoints(Set<String> touchpointIds, String stageId, String laneId, int index,
                              String description) implements MapCommand {
    public static final int AT_END = Cell.END;

    public MoveTouchpoints {
        touchpointIds = Set.copyOf(touchpointIds);
        if (touchpointIds.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("checks.nothingToMove"));
        }
    }

    public static MoveTouchpoints of(JourneyMap map, Set<String> touchpointIds, String stageId, String laneId,
                                     int index) {
        touchpointIds.forEach(id -> MapLookup.touchpoint(map, id));
        Stage stage = MapLookup.stage(map, stageId);
        String target = stage.name();
        boolean laneChanges = touchpointIds.stream().anyMatch(id -> !map.touchpoint(id).orElseThrow().laneId()
                .equals(laneId));
        if (laneChanges) {
            target += " · " + MapLookup.lane(map, laneId).title();
        }
        return new MoveTouchpoints(touchpointIds, stageId, laneId, index,
                Messages.text("edits.moveTo", Labels.touchpoints(map, touchpointIds), target));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.stage(map, stageId);
        MapLookup.cardLane(map, laneId);
        List<Touchpoint> moving = new ArrayList<>(touchpointIds.size());
        for (Touchpoint tp : map.touchpoints()) {
            if (touchpointIds.contains(tp.id())) {
                moving.add(tp);
            }
        }
        if (moving.size() != touchpointIds.size()) {
            touchpointIds.forEach(id -> MapLookup.touchpoint(map, id)); // names the missing one
        }
        moving.sort(MapLookup.journeyOrder(map));
        return map.withTouchpoints(new Cell(stageId, laneId).place(map.touchpoints(), moving, index));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof MoveTouchpoints move && move.touchpointIds.equals(touchpointIds)
                ? Optional.of(new DragOfTouchpoints(this, move, Set.of(cell()))) : Optional.empty();
    }

    Cell cell() {
        return new Cell(stageId, laneId);
    }

    /**
     * The moves of one drag folded into one command: the first move, then the latest. The cells passed on the
     * way are renumbered too, as every intermediate move did, so the result equals applying every move.
     */
    record DragOfTouchpoints(MoveTouchpoints first, MoveTouchpoints latest, Set<Cell> passed)
            implements MapCommand {
        @Override
        public JourneyMap apply(JourneyMap map) {
            JourneyMap afterFirst = first.apply(map);
            return latest.apply(afterFirst.withTouchpoints(Cell.renumber(afterFirst.touchpoints(), passed)));
        }

        @Override
        public String description() {
            return latest.description(); // names where the drag ended
        }

        @Override
        public Optional<MapCommand> mergeWith(MapCommand next) {
            if (!(next instanceof MoveTouchpoints move) || !move.touchpointIds().equals(first.touchpointIds())) {
                return Optional.empty();
            }
            Set<Cell> cells = new HashSet<>(passed);
            cells.add(latest.cell());
            return Optional.of(new DragOfTouchpoints(first, move, Set.copyOf(cells)));
        }
    }
}
