package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Optional;
import java.util.Set;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/**
 * Sets one field of one or more cards (the inspector's selection) to a value. Consecutive edits of the same
 * field of the same cards (typing, dragging an emotion point) are one undo step.
 */
public record SetTouchpointField<T>(Set<String> touchpointIds, TouchpointField<T> field, T value,
                                    String description) implements MapCommand {

    public SetTouchpointField {
        touchpointIds = Set.copyOf(touchpointIds);
        if (touchpointIds.isEmpty()) {
            throw new IllegalArgumentException("No touchpoint is selected to set the " + field + " of");
        }
    }

    public static <T> SetTouchpointField<T> of(JourneyMap map, String touchpointId, TouchpointField<T> field,
                                               T value) {
        return of(map, Set.of(touchpointId), field, value);
    }

    public static <T> SetTouchpointField<T> of(JourneyMap map, Set<String> touchpointIds,
                                               TouchpointField<T> field, T value) {
        touchpointIds.forEach(id -> MapLookup.touchpoint(map, id));
        String what = Labels.touchpoints(map, touchpointIds);
        String description = field.equals(TouchpointField.TITLE) && touchpointIds.size() == 1
                ? Messages.text("edits.rename", what) : Messages.text("edits.editField", Labels.field(field), what);
        return new SetTouchpointField<>(touchpointIds, field, value, description);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        touchpointIds.forEach(id -> MapLookup.touchpoint(map, id));
        return map.withTouchpoints(ListEdits.replaced(map.touchpoints(), tp -> touchpointIds.contains(tp.id()),
                (Touchpoint tp) -> field.set(tp, value)));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        // Setting a field twice leaves what the second set, so the later value alone stands for both.
        return next instanceof SetTouchpointField<?> set && set.field.equals(field)
                && set.touchpointIds.equals(touchpointIds)
                ? Optional.of(withValueOf(set)) : Optional.empty();
    }

    @SuppressWarnings("unchecked") // equal fields have the same value type
    private SetTouchpointField<T> withValueOf(SetTouchpointField<?> later) {
        return new SetTouchpointField<>(touchpointIds, field, (T) later.value, description);
    }
}
