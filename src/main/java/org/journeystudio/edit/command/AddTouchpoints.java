package org.journeystudio.edit.command;

import java.util.List;
import java.util.Objects;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/**
 * Puts new cards into one cell, in the given sequence, before the card now at {@code index} ({@link #AT_END}
 * for after the last); the cell's orders are renumbered densely. Used for "+", paste and import.
 */
public record AddTouchpoints(List<Touchpoint> touchpoints, String stageId, String laneId, int index,
                             String description) implements MapCommand {
    public static final int AT_END = Cell.END;

    public AddTouchpoints {
        touchpoints = List.copyOf(Objects.requireNonNull(touchpoints, "touchpoints"));
        if (touchpoints.isEmpty()) {
            throw new IllegalArgumentException("Nothing to add: the list of touchpoints is empty");
        }
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(laneId, "laneId");
    }

    /** Adds one card into the cell its stage and lane name. */
    public static AddTouchpoints one(Touchpoint touchpoint, int index) {
        return new AddTouchpoints(List.of(touchpoint), touchpoint.stageId(), touchpoint.laneId(), index,
                "Add touchpoint " + Labels.quoted(touchpoint.title()));
    }

    /** Adds several cards into one cell, e.g. pasted ones. */
    public static AddTouchpoints into(String stageId, String laneId, int index, List<Touchpoint> touchpoints,
                                      String description) {
        return new AddTouchpoints(touchpoints, stageId, laneId, index, description);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.stage(map, stageId);
        MapLookup.cardLane(map, laneId);
        for (Touchpoint tp : touchpoints) {
            if (map.touchpoint(tp.id()).isPresent()) {
                throw new IllegalArgumentException("The map already has a touchpoint with id '" + tp.id() + "'");
            }
        }
        return map.withTouchpoints(new Cell(stageId, laneId).place(map.touchpoints(), touchpoints, index));
    }
}
