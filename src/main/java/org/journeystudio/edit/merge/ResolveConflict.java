package org.journeystudio.edit.merge;

import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;

/** The user's pick for one conflict, theirs or mine, as one undo step. */
public record ResolveConflict(FieldConflict conflict, boolean mine) implements MapCommand {
    @Override
    public JourneyMap apply(JourneyMap map) {
        return FieldMerge.with(map, conflict, mine ? conflict.mine() : conflict.theirs());
    }

    @Override
    public String description() {
        String what = conflict.aboutDeletion() ? "the deleted " + conflict.kind().name().toLowerCase(java.util.Locale.ROOT)
                : conflict.field();
        return (mine ? "Keep my " : "Take their ") + what;
    }
}
