package org.journeystudio.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * Which element of the old map is which of the new one. Stages, lanes and segments: by id, then by name, so two
 * files from different libraries line up. Touchpoints: by id, then by the link a scenario copy keeps (either
 * way round), then by title within the same stage; each one-to-one.
 */
final class MapMatching {
    /** Old id → new id, for the elements of each kind that match. */
    final Map<String, String> stages;
    final Map<String, String> lanes;
    final Map<String, String> segments;
    /** New touchpoint id → its old touchpoint, with how it was found. */
    final Map<String, Touchpoint> oldOfNew = new LinkedHashMap<>();
    final Map<String, MatchKind> how = new HashMap<>();

    MapMatching(JourneyMap before, JourneyMap after) {
        stages = byIdThenName(before.stages(), after.stages(), Stage::id, Stage::name);
        lanes = byIdThenName(before.lanes(), after.lanes(), Lane::id, l -> l.kind() + " " + l.title());
        segments = byIdThenName(before.segments(), after.segments(), Segment::id, Segment::name);
        matchTouchpoints(before.touchpoints(), after.touchpoints());
    }

    private void matchTouchpoints(List<Touchpoint> before, List<Touchpoint> after) {
        Map<String, Touchpoint> unmatchedOld = new LinkedHashMap<>();
        before.forEach(t -> unmatchedOld.put(t.id(), t));
        List<Touchpoint> unmatchedNew = new ArrayList<>();
        for (Touchpoint t : after) {
            Touchpoint old = unmatchedOld.remove(t.id());
            if (old != null) {
                pair(t, old, MatchKind.ID);
            } else {
                unmatchedNew.add(t);
            }
        }
        Map<String, Touchpoint> oldByOrigin = new HashMap<>();
        unmatchedOld.values().forEach(o -> {
            if (!o.origin().isEmpty()) {
                oldByOrigin.putIfAbsent(o.origin(), o);
            }
        });
        for (var it = unmatchedNew.iterator(); it.hasNext(); ) {
            Touchpoint t = it.next();
            Touchpoint old = unmatchedOld.get(t.origin());
            if (old == null) {
                Touchpoint copy = oldByOrigin.get(t.id());
                old = copy != null && unmatchedOld.containsKey(copy.id()) ? copy : null;
            }
            if (old != null) {
                unmatchedOld.remove(old.id());
                pair(t, old, MatchKind.LINK);
                it.remove();
            }
        }
        for (Touchpoint t : unmatchedNew) {
            String title = key(t.title());
            if (title.isEmpty()) {
                continue;
            }
            unmatchedOld.values().stream()
                    .filter(o -> t.stageId().equals(stages.get(o.stageId())) && key(o.title()).equals(title))
                    .findFirst()
                    .ifPresent(old -> {
                        unmatchedOld.remove(old.id());
                        pair(t, old, MatchKind.TITLE);
                    });
        }
    }

    private void pair(Touchpoint after, Touchpoint before, MatchKind kind) {
        oldOfNew.put(after.id(), before);
        how.put(after.id(), kind);
    }

    private static <T> Map<String, String> byIdThenName(List<T> before, List<T> after, Function<T, String> id,
                                                        Function<T, String> name) {
        Map<String, String> matched = new LinkedHashMap<>();
        Map<String, T> newById = new LinkedHashMap<>();
        after.forEach(e -> newById.put(id.apply(e), e));
        List<T> left = new ArrayList<>();
        for (T e : before) {
            if (newById.remove(id.apply(e)) != null) {
                matched.put(id.apply(e), id.apply(e));
            } else {
                left.add(e);
            }
        }
        for (T e : left) {
            String wanted = key(name.apply(e));
            newById.values().stream().filter(n -> key(name.apply(n)).equals(wanted)).findFirst().ifPresent(n -> {
                matched.put(id.apply(e), id.apply(n));
                newById.remove(id.apply(n));
            });
        }
        return matched;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
