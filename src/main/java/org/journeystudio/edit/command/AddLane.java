package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Objects;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;

/** Inserts a new lane (row) at a position; {@link #AT_END} appends it. */
public record AddLane(Lane lane, int index, String description) implements MapCommand {
    public static final int AT_END = ListEdits.END;

    public AddLane {
        Objects.requireNonNull(lane, "lane");
    }

    public static AddLane of(Lane lane, int index) {
        return new AddLane(lane, index, Messages.text("edits.addLane", Labels.quoted(lane.title())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        if (map.lane(lane.id()).isPresent()) {
            throw new IllegalArgumentException("The map already has a lane with id '" + lane.id() + "'");
        }
        return map.withLanes(ListEdits.inserted(map.lanes(), index, lane, "lane " + Labels.quoted(lane.title())));
    }
}
