package org.journeystudio.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.edit.merge.ThreeWayMerge;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/**
 * The rows a save would overwrite although they moved on since its base was loaded: the project's own fields or a
 * touchpoint that this studio changed or deleted and someone else changed or deleted meanwhile.
 */
final class SaveConflicts {
    private SaveConflicts() {
    }

    static List<RowConflict> find(LoadedProject base, JourneyMap mine, RowVersions now) {
        List<RowConflict> conflicts = new ArrayList<>();
        if (ThreeWayMerge.projectFieldsChanged(base.map(), mine)
                && now.projectFields() != base.versions().projectFields()) {
            conflicts.add(new RowConflict("", mine.title(), now.project().changedBy(), now.project().changedAt(),
                    false));
        }
        Map<String, Touchpoint> mineById = new HashMap<>();
        mine.touchpoints().forEach(t -> mineById.put(t.id(), t));
        for (Touchpoint loaded : base.map().touchpoints()) {
            Touchpoint mineNow = mineById.get(loaded.id());
            if (loaded.equals(mineNow)) {
                continue;
            }
            RowVersion was = base.versions().touchpoint(loaded.id());
            RowVersion is = now.touchpoint(loaded.id());
            if (is == null) {
                // Deleted by both is no conflict; changed here and deleted there is.
                if (mineNow != null) {
                    conflicts.add(new RowConflict(loaded.id(), loaded.title(), now.project().changedBy(),
                            now.project().changedAt(), true));
                }
            } else if (was == null || was.version() != is.version()) {
                conflicts.add(new RowConflict(loaded.id(), loaded.title(), is.changedBy(), is.changedAt(), false));
            }
        }
        return conflicts;
    }
}
