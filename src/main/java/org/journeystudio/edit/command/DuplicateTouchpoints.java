package org.journeystudio.edit.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/**
 * Duplicates cards (Ctrl+D): each copy sits right after its original in the same cell. The copies' ids are
 * chosen when the command is made, so redoing it brings back the very same cards.
 *
 * @param copyIds original touchpoint id → id of its copy
 */
public record DuplicateTouchpoints(Map<String, String> copyIds, String description) implements MapCommand {

    public DuplicateTouchpoints {
        copyIds = Map.copyOf(copyIds);
        if (copyIds.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("checks.nothingToDuplicate"));
        }
    }

    public static DuplicateTouchpoints of(JourneyMap map, Set<String> touchpointIds) {
        return of(map, touchpointIds, () -> Ids.next("tp"));
    }

    public static DuplicateTouchpoints of(JourneyMap map, Set<String> touchpointIds, Supplier<String> freshIds) {
        Map<String, String> copies = new LinkedHashMap<>();
        for (String id : touchpointIds) {
            MapLookup.touchpoint(map, id);
            copies.put(id, freshIds.get());
        }
        return new DuplicateTouchpoints(copies, Messages.text("edits.duplicate", Labels.touchpoints(map, touchpointIds)));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        List<Touchpoint> originals = new ArrayList<>(copyIds.size());
        for (String id : copyIds.keySet()) {
            originals.add(MapLookup.touchpoint(map, id));
        }
        originals.sort(MapLookup.journeyOrder(map));
        Set<Cell> cells = new LinkedHashSet<>();
        originals.forEach(original -> cells.add(Cell.of(original)));
        List<Touchpoint> touchpoints = map.touchpoints();
        for (Cell cell : cells) {
            List<Touchpoint> sequence = new ArrayList<>();
            for (Touchpoint card : map.touchpointsIn(cell.stageId(), cell.laneId())) {
                sequence.add(card);
                String copyId = copyIds.get(card.id());
                if (copyId != null) {
                    sequence.add(card.toBuilder().id(copyId).origin("").build()); // a duplicate is new, not a copy of the basis
                }
            }
            touchpoints = cell.place(touchpoints, sequence, 0);
        }
        return map.withTouchpoints(touchpoints);
    }
}
