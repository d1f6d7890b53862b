package org.journeystudio.store.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeystudio.model.Ids;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;

/**
 * The card lanes a sheet names, in an order that keeps its rows in order: a map lists a stage's cards lane by
 * lane, so when a stage's rows go from lane A to lane B, A must come before B. The lanes are sorted so that every
 * such step holds (the first-named lane first among those free to go); a sheet whose stages disagree keeps the
 * order in which the lanes first appear for the rest.
 */
final class LaneOrder {
    private final Map<String, Lane> byTitle = new LinkedHashMap<>();
    private final Map<String, Set<String>> after = new HashMap<>();
    private final Map<String, String> lastInStage = new HashMap<>();

    /** The lane titled {@code title} (the default lane when blank), noting the step from the stage's last row. */
    Lane add(String stageId, String title) {
        String shown = title.isBlank() ? TouchpointSheet.DEFAULT_LANE : title;
        Lane lane = byTitle.computeIfAbsent(shown, t -> new Lane(Ids.next("lane"), kindOf(t), t, true));
        String previous = lastInStage.put(stageId, shown);
        if (previous != null && !previous.equals(shown)) {
            after.computeIfAbsent(previous, p -> new LinkedHashSet<>()).add(shown);
        }
        return lane;
    }

    /** A lane named like a kind of card lane (Touchpoints, Backstage, Notes) is of that kind; others are custom. */
    private static LaneKind kindOf(String title) {
        for (LaneKind kind : LaneKind.values()) {
            if (kind.holdsCards() && kind.displayName().equalsIgnoreCase(title.strip())) {
                return kind;
            }
        }
        return LaneKind.CUSTOM;
    }

    List<Lane> lanes() {
        Map<String, Integer> before = new HashMap<>();
        byTitle.keySet().forEach(t -> before.put(t, 0));
        after.values().forEach(next -> next.forEach(t -> before.merge(t, 1, Integer::sum)));
        List<Lane> ordered = new ArrayList<>();
        Set<String> left = new LinkedHashSet<>(byTitle.keySet());
        while (!left.isEmpty()) {
            String free = left.stream().filter(t -> before.get(t) == 0).findFirst()
                    .orElse(left.iterator().next()); // a cycle: the first-named lane goes next
            left.remove(free);
            before.put(free, -1);
            ordered.add(byTitle.get(free));
            after.getOrDefault(free, Set.of()).forEach(t -> before.merge(t, -1, Integer::sum));
        }
        return ordered;
    }
}
