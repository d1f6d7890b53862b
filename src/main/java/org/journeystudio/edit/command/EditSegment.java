package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Objects;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;

/** Replaces a segment with an edited copy (name, description, colour, share; the id stays); typing in its form is one undo step. */
public record EditSegment(Segment segment, String description) implements MapCommand {

    public EditSegment {
        Objects.requireNonNull(segment, "segment");
    }

    public static EditSegment of(JourneyMap map, Segment changed) {
        return new EditSegment(changed, Messages.text("edits.editSegment",
                Labels.quoted(MapLookup.segment(map, changed.id()).name())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.segment(map, segment.id());
        return map.withSegments(ListEdits.replaced(map.segments(), s -> s.id().equals(segment.id()), s -> segment));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof EditSegment edit && edit.segment.id().equals(segment.id())
                ? Optional.of(new EditSegment(edit.segment, description)) : Optional.empty();
    }
}
