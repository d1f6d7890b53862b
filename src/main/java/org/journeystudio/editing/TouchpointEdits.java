package org.journeystudio.editing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.journeystudio.edit.CompositeCommand;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/** Builds the commands that edit a field of the selected cards; several cards always make one command. */
public final class TouchpointEdits {
    private TouchpointEdits() {
    }

    /** Gives every card the same value. */
    public static <T> MapCommand set(JourneyMap map, List<String> ids, TouchpointField<T> field, T value) {
        return SetTouchpointField.of(map, new LinkedHashSet<>(ids), field, value);
    }

    /**
     * Changes each card's own value (add a component, keep each card's emotion label): one command that sets
     * one value when the cards end up equal, else one part per card undone together.
     */
    public static <T> MapCommand change(JourneyMap map, List<String> ids, TouchpointField<T> field, UnaryOperator<T> change) {
        List<T> values = new ArrayList<>();
        for (String id : ids) {
            Touchpoint touchpoint = map.touchpoint(id)
                    .orElseThrow(() -> new IllegalArgumentException("The selected touchpoint '" + id + "' is gone"));
            values.add(change.apply(field.get(touchpoint)));
        }
        if (values.stream().distinct().count() == 1) {
            return set(map, ids, field, values.get(0));
        }
        List<MapCommand> parts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            parts.add(SetTouchpointField.of(map, ids.get(i), field, values.get(i)));
        }
        return new CompositeCommand("Edit " + field.name() + " of " + ids.size() + " touchpoints", parts);
    }

    /** The value the cards share, or null when they differ. */
    public static <T> T shared(List<Touchpoint> touchpoints, TouchpointField<T> field) {
        Set<T> values = new LinkedHashSet<>();
        for (Touchpoint touchpoint : touchpoints) {
            values.add(field.get(touchpoint));
        }
        return values.size() == 1 ? values.iterator().next() : null;
    }

    /** Whether every card has the same value (also when that value is null, e.g. no rating). */
    public static <T> boolean allEqual(List<Touchpoint> touchpoints, TouchpointField<T> field) {
        T first = field.get(touchpoints.get(0));
        return touchpoints.stream().allMatch(tp -> Objects.equals(field.get(tp), first));
    }
}
