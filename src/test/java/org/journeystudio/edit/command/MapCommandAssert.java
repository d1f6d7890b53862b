package org.journeystudio.edit.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;

/** Checks the merge contract of {@link MapCommand#mergeWith}. */
final class MapCommandAssert {
    private MapCommandAssert() {
    }

    /** {@code first} merges with {@code next} into a command that lands where the two do one after the other. */
    static MapCommand mergesExactly(JourneyMap map, MapCommand first, MapCommand next) {
        MapCommand merged = first.mergeWith(next).orElseThrow(() -> new AssertionError(
                "'" + first.description() + "' should merge with '" + next.description() + "'"));
        assertThat(merged.apply(map)).isEqualTo(next.apply(first.apply(map)));
        return merged;
    }
}
