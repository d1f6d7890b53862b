package org.journeystudio.workshop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.journeystudio.i18n.Messages;

/**
 * Dot-voting on the map's opportunities: each participant spends a set number of dots, several on one opportunity
 * if they like, never more than the round gives (checked here, on the server). Votes are anonymous: dots are kept
 * per participant id only to hold each to the budget and to show them their own, and only in memory; the room's
 * counts leave this class only after the facilitator shows them ({@link #round()}).
 */
final class DotVoting {
    private final Set<String> opportunityIds;
    /** participant id → opportunity id → dots that participant placed there (no zero entries). */
    private final Map<String, Map<String, Integer>> placed = new HashMap<>();
    private boolean open;
    private boolean shown;
    private int dots;

    DotVoting(List<String> opportunityIds) {
        this.opportunityIds = Set.copyOf(opportunityIds);
    }

    /** Starts a new round with {@code dotsEach} dots per participant; the previous round's dots are dropped. */
    synchronized void open(int dotsEach) {
        if (dotsEach < DotRound.MIN_DOTS || dotsEach > DotRound.MAX_DOTS) {
            throw new IllegalArgumentException(Messages.text("workshop.dotsEachRange", DotRound.MIN_DOTS,
                    DotRound.MAX_DOTS, dotsEach));
        }
        if (opportunityIds.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("workshop.noOpportunitiesToVoteOn"));
        }
        placed.clear();
        dots = dotsEach;
        open = true;
        shown = false;
    }

    /** Stops taking dots; what was placed stays, to be shown and applied. */
    synchronized void close() {
        open = false;
    }

    /** Shows or hides the room's counts, to the facilitator and to the phones. */
    synchronized void show(boolean wanted) {
        if (wanted && dots == 0) {
            throw new IllegalArgumentException(Messages.text("workshop.noDotRoundYet"));
        }
        shown = wanted;
    }

    /**
     * Sets how many of a participant's dots lie on one opportunity (0 takes them all back); refused with a
     * {@link ClientError} when the round is closed, the opportunity unknown or the budget would be exceeded.
     * Setting a count rather than adding one makes a phone's retry harmless.
     */
    synchronized void set(String participantId, String opportunityId, int count) {
        if (!open) {
            throw ClientError.of(409, dots == 0 ? "phone.errorDotsNotStarted" : "phone.dotsClosed");
        }
        if (!opportunityIds.contains(opportunityId)) {
            throw ClientError.of(404, "phone.errorNoOpportunity", opportunityId);
        }
        if (count < 0) {
            throw ClientError.of(400, "phone.errorNegativeDots");
        }
        Map<String, Integer> mine = placed.computeIfAbsent(participantId, p -> new HashMap<>());
        int elsewhere = total(mine) - mine.getOrDefault(opportunityId, 0);
        if (elsewhere + count > dots) {
            throw ClientError.of(409, "phone.errorTooManyDots", dots, dots - elsewhere);
        }
        if (count == 0) {
            mine.remove(opportunityId);
        } else {
            mine.put(opportunityId, count);
        }
    }

    /** One participant's own dots, opportunity id → count. */
    synchronized Map<String, Integer> mine(String participantId) {
        return Map.copyOf(placed.getOrDefault(participantId, Map.of()));
    }

    /** How many dots a participant has not placed yet in this round. */
    synchronized int left(String participantId) {
        return dots - total(placed.getOrDefault(participantId, Map.of()));
    }

    /** The round as it may be told: counts only when shown. */
    synchronized DotRound round() {
        if (!shown) {
            return new DotRound(open, dots, false, Optional.empty());
        }
        Map<String, Integer> counts = new HashMap<>();
        placed.values().forEach(mine -> mine.forEach((id, n) -> counts.merge(id, n, Integer::sum)));
        return new DotRound(open, dots, true, Optional.of(counts));
    }

    private static int total(Map<String, Integer> mine) {
        return mine.values().stream().mapToInt(Integer::intValue).sum();
    }
}
