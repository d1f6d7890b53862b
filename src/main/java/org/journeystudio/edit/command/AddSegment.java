package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Objects;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;

/** Adds a customer segment, whose ratings the heatmap compares; {@link #AT_END} appends it. */
public record AddSegment(Segment segment, int index, String description) implements MapCommand {
    public static final int AT_END = ListEdits.END;

    public AddSegment {
        Objects.requireNonNull(segment, "segment");
    }

    public static AddSegment of(Segment segment, int index) {
        return new AddSegment(segment, index, Messages.text("edits.addSegment", Labels.quoted(segment.name())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        if (map.segment(segment.id()).isPresent()) {
            throw new IllegalArgumentException("The map already has a segment with id '" + segment.id() + "'");
        }
        return map.withSegments(ListEdits.inserted(map.segments(), index, segment,
                "segment " + Labels.quoted(segment.name())));
    }
}
