package org.journeystudio.edit.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Merges one list of a map's elements (stages, lanes, touchpoints…) from three states matched by id: the base both
 * sides started from, mine and theirs. Which version of an element is kept is the {@link Pick}'s choice; the order is
 * mine when I reordered the elements both had, else theirs, with the other side's additions after the element that
 * precedes them on that side.
 */
final class ListMerge {
    private ListMerge() {
    }

    /** Chooses an element from its three versions (each null where that state lacks it); null drops it. */
    @FunctionalInterface
    interface Pick<T> {
        T pick(T base, T mine, T theirs);
    }

    /** The side that changed wins; when both did, mine (callers find such conflicts before). */
    static <T> T changedSide(T base, T mine, T theirs) {
        if (Objects.equals(mine, base)) {
            return theirs;
        }
        return mine;
    }

    static <T> List<T> merge(List<T> base, List<T> mine, List<T> theirs, Function<T, String> id, Pick<T> pick) {
        Map<String, T> baseById = byId(base, id);
        Map<String, T> mineById = byId(mine, id);
        Map<String, T> theirsById = byId(theirs, id);
        boolean mineOrder = reordered(base, mine, id, theirsById);
        List<String> order = new ArrayList<>((mineOrder ? mine : theirs).stream().map(id).toList());
        addMissing(order, (mineOrder ? theirs : mine).stream().map(id).toList());
        List<T> merged = new ArrayList<>();
        for (String key : new LinkedHashSet<>(order)) {
            T chosen = pick.pick(baseById.get(key), mineById.get(key), theirsById.get(key));
            if (chosen != null) {
                merged.add(chosen);
            }
        }
        return merged;
    }

    /** Whether mine lists the elements it shares with base and theirs in another order than base did. */
    private static <T> boolean reordered(List<T> base, List<T> mine, Function<T, String> id, Map<String, T> theirs) {
        Map<String, T> mineById = byId(mine, id);
        List<String> before = base.stream().map(id).filter(k -> mineById.containsKey(k) && theirs.containsKey(k))
                .toList();
        Map<String, T> baseById = byId(base, id);
        List<String> after = mine.stream().map(id).filter(k -> baseById.containsKey(k) && theirs.containsKey(k))
                .toList();
        return !before.equals(after);
    }

    /** Adds each id of {@code other} that {@code order} lacks right after its nearest predecessor there. */
    private static void addMissing(List<String> order, List<String> other) {
        for (int i = 0; i < other.size(); i++) {
            String key = other.get(i);
            if (order.contains(key)) {
                continue;
            }
            int at = 0;
            for (int j = i - 1; j >= 0; j--) {
                int found = order.indexOf(other.get(j));
                if (found >= 0) {
                    at = found + 1;
                    break;
                }
            }
            order.add(at, key);
        }
    }

    private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        for (T element : list) {
            byId.put(id.apply(element), element);
        }
        return byId;
    }
}
