package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;

/** Moves a segment to another position (the heatmap's and legend's column order); repeated moves merge. */
public record MoveSegment(String segmentId, int index, String description) implements MapCommand {

    public static MoveSegment of(JourneyMap map, String segmentId, int index) {
        return new MoveSegment(segmentId, index,
                Messages.text("edits.moveSegment", Labels.quoted(MapLookup.segment(map, segmentId).name())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.segment(map, segmentId);
        return map.withSegments(ListEdits.moved(map.segments(), s -> s.id().equals(segmentId), index,
                "segment '" + segmentId + "'"));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof MoveSegment move && move.segmentId.equals(segmentId)
                ? Optional.of(new MoveSegment(segmentId, move.index, description)) : Optional.empty();
    }
}
