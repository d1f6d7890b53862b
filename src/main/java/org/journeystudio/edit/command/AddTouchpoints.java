package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.List;
import java.util.Objects;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.Touchpoint;

/**
 * Puts new cards into one cell, in the given sequence, before the card now at {@code index} ({@link #AT_END}
 * for after the last); the cell's orders are renumbered densely. Used for "+", paste and import. The
 * {@code opportunities} the cards link to are added to the map's action plan where it lacks them (cards pasted
 * from another project).
 */
public record AddTouchpoints(List<Touchpoint> touchpoints, String stageId, String laneId, int index,
                             String description, List<Opportunity> opportunities) implements MapCommand {
    public static final int AT_END = Cell.END;

    public AddTouchpoints {
        touchpoints = List.copyOf(Objects.requireNonNull(touchpoints, "touchpoints"));
        if (touchpoints.isEmpty()) {
            throw new IllegalArgumentException("Nothing to add: the list of touchpoints is empty");
        }
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(laneId, "laneId");
        opportunities = opportunities == null ? List.of() : List.copyOf(opportunities);
    }

    /** Adds one card into the cell its stage and lane name. */
    public static AddTouchpoints one(Touchpoint touchpoint, int index) {
        return new AddTouchpoints(List.of(touchpoint), touchpoint.stageId(), touchpoint.laneId(), index,
                Messages.text("edits.addTouchpoint", Labels.quoted(touchpoint.title())), List.of());
    }

    /** Adds several cards into one cell, e.g. pasted ones. */
    public static AddTouchpoints into(String stageId, String laneId, int index, List<Touchpoint> touchpoints,
                                      String description) {
        return new AddTouchpoints(touchpoints, stageId, laneId, index, description, List.of());
    }

    /** This command also adding those of {@code linked} the map lacks. */
    public AddTouchpoints withOpportunities(List<Opportunity> linked) {
        return new AddTouchpoints(touchpoints, stageId, laneId, index, description, linked);
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
        List<Opportunity> plan = new java.util.ArrayList<>(map.opportunities());
        opportunities.stream().filter(o -> map.opportunity(o.id()).isEmpty()).forEach(plan::add);
        return map.withOpportunities(plan)
                .withTouchpoints(new Cell(stageId, laneId).place(map.touchpoints(), touchpoints, index));
    }
}
