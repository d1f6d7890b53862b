package org.journeystudio.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * Which element of the old map is which of the new one. Stages, lanes and segments: by id, then by name, so two
 * files from different libraries line up. Touchpoints: by id, then by the link a scenario copy keeps (either
 * way round, and through scenarios copied from copies), then by title within the same stage; each one-to-one.
 * Every step looks up by key, so two 1,000-card maps with no id in common match in linear time.
 */
final class MapMatching {
    /** Old id → new id, for the elements of each kind that match. */
    final Map<String, String> stages;
    final Map<String, String> lanes;
    final Map<String, String> segments;
    /** New id → old id: the same pairs the other way round. */
    final Map<String, String> stagesBack;
    final Map<String, String> segmentsBack;
    /** New touchpoint id → its old touchpoint, with how it was found. */
    final Map<String, Touchpoint> oldOfNew = new LinkedHashMap<>();
    final Map<String, MatchKind> how = new HashMap<>();

    MapMatching(MapIndex beforeIndex, MapIndex afterIndex) {
        JourneyMap before = beforeIndex.map;
        JourneyMap after = afterIndex.map;
        stages = byIdThenName(before.stages(), after.stages(), Stage::id, Stage::name);
        lanes = byIdThenName(before.lanes(), after.lanes(), Lane::id, l -> l.kind() + " " + l.title());
        segments = byIdThenName(before.segments(), after.segments(), Segment::id, Segment::name);
        stagesBack = inverse(stages);
        segmentsBack = inverse(segments);
        Map<String, String> origins = new HashMap<>();
        recordOrigins(before, origins);
        recordOrigins(after, origins);
        matchTouchpoints(beforeIndex.inJourneyOrder, afterIndex.inJourneyOrder, origins);
    }

    /** Touchpoint id → the id it was copied from, over every scenario of the map, for links across generations. */
    private static void recordOrigins(JourneyMap map, Map<String, String> origins) {
        for (Scenario scenario : map.scenarios().list()) {
            for (Touchpoint t : map.touchpointsOf(scenario.id())) {
                if (!t.origin().isEmpty()) {
                    origins.putIfAbsent(t.id(), t.origin());
                }
            }
        }
    }

    private void matchTouchpoints(List<Touchpoint> before, List<Touchpoint> after, Map<String, String> origins) {
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
        unmatchedNew = matchByLink(unmatchedNew, unmatchedOld, origins);
        matchByTitle(unmatchedNew, unmatchedOld);
    }

    /**
     * A new card copied (perhaps through several scenarios) from an old one, or an old card copied from a new one
     * (comparing a to-be with the as-is it came from), or two copies of one card. The nearest ancestor wins;
     * returns the cards left.
     */
    private List<Touchpoint> matchByLink(List<Touchpoint> unmatchedNew, Map<String, Touchpoint> unmatchedOld,
                                         Map<String, String> origins) {
        // Each ancestor → the old cards that descend from it, so a new card finds its copy in one look.
        Map<String, List<Touchpoint>> oldByAncestor = new HashMap<>();
        for (Touchpoint o : unmatchedOld.values()) {
            for (String ancestor : ancestors(o.id(), origins)) {
                oldByAncestor.computeIfAbsent(ancestor, a -> new ArrayList<>(1)).add(o);
            }
        }
        List<Touchpoint> left = new ArrayList<>();
        for (Touchpoint t : unmatchedNew) {
            Touchpoint old = null;
            List<String> lineage = ancestors(t.id(), origins);
            for (String ancestor : lineage) {
                old = unmatchedOld.get(ancestor);
                if (old != null) {
                    break;
                }
            }
            if (old == null) {
                old = unmatchedCopy(oldByAncestor.get(t.id()), unmatchedOld);
            }
            // Two scenarios copied from the same one (to-be A against to-be B): the same card of their common basis.
            for (var it = lineage.iterator(); old == null && it.hasNext(); ) {
                old = unmatchedCopy(oldByAncestor.get(it.next()), unmatchedOld);
            }
            if (old != null) {
                unmatchedOld.remove(old.id());
                pair(t, old, MatchKind.LINK);
            } else {
                left.add(t);
            }
        }
        return left;
    }

    /** The first of {@code copies} (null: none) that no earlier card has matched. */
    private static Touchpoint unmatchedCopy(List<Touchpoint> copies, Map<String, Touchpoint> unmatchedOld) {
        if (copies != null) {
            for (Touchpoint copy : copies) {
                if (unmatchedOld.containsKey(copy.id())) {
                    return copy;
                }
            }
        }
        return null;
    }

    /** The ids a touchpoint was copied from, its own basis first; stops at a cycle a damaged file could hold. */
    private static List<String> ancestors(String id, Map<String, String> origins) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(id);
        for (String next = origins.get(id); next != null && seen.add(next); next = origins.get(next)) {
            chain.add(next);
        }
        return chain;
    }

    /** Same title (ignoring case and outer spaces) in the matching stage, the earliest in journey order first. */
    private void matchByTitle(List<Touchpoint> unmatchedNew, Map<String, Touchpoint> unmatchedOld) {
        Map<String, ArrayDeque<Touchpoint>> oldByPlace = new HashMap<>();
        for (Touchpoint o : unmatchedOld.values()) {
            String stage = stages.get(o.stageId());
            String title = key(o.title());
            if (stage != null && !title.isEmpty()) {
                oldByPlace.computeIfAbsent(stage + '\n' + title, k -> new ArrayDeque<>()).add(o);
            }
        }
        for (Touchpoint t : unmatchedNew) {
            ArrayDeque<Touchpoint> candidates = oldByPlace.get(t.stageId() + '\n' + key(t.title()));
            Touchpoint old = candidates == null ? null : candidates.poll();
            if (old != null) {
                unmatchedOld.remove(old.id());
                pair(t, old, MatchKind.TITLE);
            }
        }
    }

    private void pair(Touchpoint after, Touchpoint before, MatchKind kind) {
        oldOfNew.put(after.id(), before);
        how.put(after.id(), kind);
    }

    private static Map<String, String> inverse(Map<String, String> pairs) {
        Map<String, String> inverse = new HashMap<>();
        pairs.forEach((oldId, newId) -> inverse.put(newId, oldId));
        return inverse;
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
