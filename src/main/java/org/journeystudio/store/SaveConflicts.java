package org.journeystudio.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.journeystudio.edit.merge.ThreeWayMerge;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * The rows a save would overwrite although they moved on since its base was loaded: the project's own fields, a
 * touchpoint, stage, lane, segment, persona or opportunity that this studio changed or deleted and someone else changed
 * or deleted meanwhile.
 *
 * <p>Touchpoints (many, edited all the time) carry a row version each. The other elements are few and are checked by
 * their content instead, which needs no schema change: the save holds the project row's lock and has read the stored
 * map in its transaction, so an element whose stored value is neither the base's nor mine was changed by someone
 * else, and overwriting it would lose their change (a stage two people renamed). One changed back to the base's value
 * meanwhile is no conflict: nothing of theirs is lost.
 */
final class SaveConflicts {
    private SaveConflicts() {
    }

    /** One kind of element without row versions: its list in a map, its id and its name for the user. */
    private record Kind<T extends Record>(String name, Function<JourneyMap, List<T>> list, Function<T, String> id,
            Function<T, String> label) {
    }

    private static final List<Kind<?>> BY_CONTENT = List.of(
            new Kind<>("stage", JourneyMap::stages, Stage::id, Stage::name),
            new Kind<>("lane", JourneyMap::lanes, Lane::id, Lane::title),
            new Kind<>("segment", JourneyMap::segments, Segment::id, Segment::name),
            new Kind<>("persona", JourneyMap::personas, Persona::id, Persona::name),
            new Kind<>("opportunity", JourneyMap::opportunities, Opportunity::id, Opportunity::title));

    static List<RowConflict> find(LoadedProject base, JourneyMap mine, RowVersions now, JourneyMap stored) {
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
        for (Kind<?> kind : BY_CONTENT) {
            byContent(kind, base.map(), mine, stored, now.project(), conflicts);
        }
        return conflicts;
    }

    private static <T extends Record> void byContent(Kind<T> kind, JourneyMap base, JourneyMap mine, JourneyMap stored,
            RowVersion project, List<RowConflict> conflicts) {
        Map<String, T> mineById = byId(kind, mine);
        Map<String, T> storedById = byId(kind, stored);
        for (T was : kind.list().apply(base)) {
            String id = kind.id().apply(was);
            T mineNow = mineById.get(id);
            T theirs = storedById.get(id);
            if (!Objects.equals(mineNow, was) && !Objects.equals(theirs, was) && !Objects.equals(mineNow, theirs)) {
                // Only the project row says who saved last: the best the library knows about these elements.
                conflicts.add(new RowConflict(id, kind.label().apply(mineNow != null ? mineNow : was),
                        project.changedBy(), project.changedAt(), theirs == null, kind.name()));
            }
        }
    }

    private static <T extends Record> Map<String, T> byId(Kind<T> kind, JourneyMap map) {
        Map<String, T> byId = new HashMap<>();
        kind.list().apply(map).forEach(element -> byId.put(kind.id().apply(element), element));
        return byId;
    }
}
