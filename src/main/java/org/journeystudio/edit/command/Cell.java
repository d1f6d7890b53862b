package org.journeystudio.edit.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeystudio.model.Touchpoint;

/**
 * One cell of the grid (stage × lane), and the card arithmetic every edit of cells shares: cards of a cell
 * carry the orders 0, 1, 2… after any edit that touched the cell.
 */
record Cell(String stageId, String laneId) {
    /** An index meaning "after the last card of the cell". */
    static final int END = Integer.MAX_VALUE;

    static Cell of(Touchpoint touchpoint) {
        return new Cell(touchpoint.stageId(), touchpoint.laneId());
    }

    boolean holds(Touchpoint touchpoint) {
        return touchpoint.stageId().equals(stageId) && touchpoint.laneId().equals(laneId);
    }

    /**
     * Gives the cards of each listed cell the orders 0, 1, 2… in their present order (ties keep list order),
     * leaving every other card, and every card's place in the list, alone.
     */
    static List<Touchpoint> renumber(List<Touchpoint> touchpoints, Collection<Cell> cells) {
        Set<Cell> wanted = Set.copyOf(cells);
        Map<Cell, List<Touchpoint>> byCell = new LinkedHashMap<>();
        for (Touchpoint tp : touchpoints) {
            Cell cell = of(tp);
            if (wanted.contains(cell)) {
                byCell.computeIfAbsent(cell, c -> new ArrayList<>()).add(tp);
            }
        }
        Map<Touchpoint, Integer> newOrder = new IdentityHashMap<>();
        for (List<Touchpoint> cards : byCell.values()) {
            cards.sort(Comparator.comparingInt(Touchpoint::order)); // stable: equal orders keep list order
            for (int i = 0; i < cards.size(); i++) {
                newOrder.put(cards.get(i), i);
            }
        }
        return touchpoints.stream().map(tp -> {
            Integer order = newOrder.get(tp);
            return order == null || order == tp.order() ? tp : tp.toBuilder().order(order).build();
        }).toList();
    }

    /**
     * Puts {@code incoming} into this cell, in the given sequence, before the card now at {@code index} among
     * the cell's other cards ({@link #END} for after the last). Incoming cards already in the list (by id) move
     * and keep their place in the list; new ones are added at its end. The cells they came from and this cell
     * are renumbered densely.
     */
    List<Touchpoint> place(List<Touchpoint> touchpoints, List<Touchpoint> incoming, int index) {
        Set<String> incomingIds = new HashSet<>();
        for (Touchpoint tp : incoming) {
            if (!incomingIds.add(tp.id())) {
                throw new IllegalArgumentException("Touchpoint '" + tp.id() + "' is listed twice");
            }
        }
        List<Touchpoint> staying = touchpoints.stream()
                .filter(tp -> holds(tp) && !incomingIds.contains(tp.id()))
                .sorted(Comparator.comparingInt(Touchpoint::order))
                .toList();
        int at = index == END ? staying.size() : index;
        if (at < 0 || at > staying.size()) {
            throw new IllegalArgumentException("Position " + index + " is outside cell " + this + ", which has "
                    + staying.size() + " other cards (use 0 to " + staying.size() + ")");
        }
        List<Touchpoint> sequence = new ArrayList<>(staying.subList(0, at));
        sequence.addAll(incoming);
        sequence.addAll(staying.subList(at, staying.size()));

        Map<String, Touchpoint> placed = new LinkedHashMap<>();
        for (int i = 0; i < sequence.size(); i++) {
            Touchpoint tp = sequence.get(i);
            placed.put(tp.id(), holds(tp) && tp.order() == i ? tp : tp.movedTo(stageId, laneId, i));
        }
        Set<Cell> sources = new HashSet<>();
        List<Touchpoint> result = new ArrayList<>(touchpoints.size() + incoming.size());
        for (Touchpoint tp : touchpoints) {
            Touchpoint replacement = placed.remove(tp.id());
            if (replacement != null && incomingIds.contains(tp.id())) {
                sources.add(of(tp));
            }
            result.add(replacement == null ? tp : replacement);
        }
        result.addAll(placed.values()); // the incoming cards that were not in the list yet
        sources.remove(this);
        return renumber(result, sources);
    }
}
