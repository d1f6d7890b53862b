package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;

/**
 * Deletes a segment together with every rating it gave, and unlinks the personas that stood for it, since a
 * map may not point at a segment it does not have. Undo brings the ratings and links back.
 */
public record RemoveSegment(String segmentId, String description) implements MapCommand {

    public static RemoveSegment of(JourneyMap map, String segmentId) {
        Segment segment = MapLookup.segment(map, segmentId);
        long rated = map.touchpoints().stream().filter(tp -> tp.satisfaction().containsKey(segmentId)).count();
        return new RemoveSegment(segmentId, Messages.text("edits.deleteSegment", Labels.quoted(segment.name()), rated));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.segment(map, segmentId);
        return map.withSegments(ListEdits.removed(map.segments(), s -> s.id().equals(segmentId)))
                .withPersonas(ListEdits.replaced(map.personas(), p -> segmentId.equals(p.segmentId()),
                        p -> p.withSegmentId(null)))
                .withTouchpoints(ListEdits.replaced(map.touchpoints(),
                        tp -> tp.satisfaction().containsKey(segmentId), tp -> {
                            Map<String, Double> ratings = new LinkedHashMap<>(tp.satisfaction());
                            ratings.remove(segmentId);
                            return tp.toBuilder().satisfaction(ratings).build();
                        }));
    }
}
