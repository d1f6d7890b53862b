package org.journeystudio.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A map read as a service blueprint: its lanes in role order, where the three lines fall between them, and the
 * handoffs (links that cross the line of interaction). Plain rules on the model, shared by layout, inspector and
 * exports.
 */
public final class Blueprint {
    private Blueprint() {
    }

    /** The three lines of a blueprint, top to bottom, each above the first lane of the roles below it. */
    public enum Line {
        INTERACTION("Line of interaction", LaneRole.FRONTSTAGE),
        VISIBILITY("Line of visibility", LaneRole.BACKSTAGE),
        INTERNAL_INTERACTION("Line of internal interaction", LaneRole.SUPPORT_PROCESS);

        private final String label;
        private final LaneRole firstBelow;

        Line(String label, LaneRole firstBelow) {
            this.label = label;
            this.firstBelow = firstBelow;
        }

        public String label() {
            return label;
        }

        /** Whether a lane of this role lies below the line. */
        public boolean below(LaneRole role) {
            return role.inBlueprint() && role.compareTo(firstBelow) >= 0;
        }
    }

    /**
     * The lanes in blueprint order: lanes without a role first (the journey map above the blueprint), then by role;
     * lanes of one role keep the user's order.
     */
    public static List<Lane> lanesInRoleOrder(List<Lane> lanes) {
        List<Lane> ordered = new ArrayList<>(lanes);
        ordered.sort(Comparator.comparing(Lane::role)); // List.sort is stable
        return ordered;
    }

    /** The map with its lanes in blueprint order; the map itself keeps the user's order. */
    public static JourneyMap arranged(JourneyMap map) {
        List<Lane> ordered = lanesInRoleOrder(map.lanes());
        return ordered.equals(map.lanes()) ? map : map.withLanes(ordered);
    }

    /** Whether any lane has a blueprint role: without one the blueprint view has no lines to draw. */
    public static boolean hasRoles(JourneyMap map) {
        return map.lanes().stream().anyMatch(l -> l.role().inBlueprint());
    }

    /** A dependency link across the line of interaction, from the touchpoint that holds it to its target. */
    public record Handoff(Touchpoint from, Touchpoint to, LinkKind kind) {
    }

    /**
     * The dependency links of the shown scenario that cross the line of interaction (one end in a customer-side
     * lane, the other in a frontstage, backstage or support lane), in journey order of the touchpoint holding them.
     * Connectors (next, branch, loop back) are the customer's way through the journey, not a handoff, even when
     * they cross the line.
     */
    public static List<Handoff> handoffs(JourneyMap map) {
        Map<String, Touchpoint> byId = new HashMap<>();
        map.touchpoints().forEach(t -> byId.put(t.id(), t));
        Map<String, LaneRole> roles = new HashMap<>();
        map.lanes().forEach(l -> roles.put(l.id(), l.role()));
        List<Handoff> handoffs = new ArrayList<>();
        for (Touchpoint from : map.touchpointsInJourneyOrder()) {
            for (TouchpointLink link : from.links()) {
                Touchpoint to = byId.get(link.targetId());
                if (to != null && !link.kind().connector() && crossesInteraction(roles.get(from.laneId()), roles.get(to.laneId()))) {
                    handoffs.add(new Handoff(from, to, link.kind()));
                }
            }
        }
        return handoffs;
    }

    static boolean crossesInteraction(LaneRole a, LaneRole b) {
        if (a == null || b == null || !a.inBlueprint() || !b.inBlueprint()) {
            return false;
        }
        return a.customerSide() != b.customerSide();
    }
}
