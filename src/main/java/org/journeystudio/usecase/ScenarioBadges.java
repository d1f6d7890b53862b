package org.journeystudio.usecase;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Touchpoint;

/**
 * What the shown scenario did to the one it was copied from (its basis), card by card: which cards are new,
 * which were changed, and how many of the basis's cards it no longer has. A card is new when it links to no card
 * of the basis (added, or copied from a card the basis has since lost); changed when the compare engine finds a
 * field that differs from the card it links to. Empty for a scenario copied from none.
 *
 * @param badges    touchpoint id → its badge, for every card of the shown scenario
 * @param removed   how many cards of the basis no card of the shown scenario links to
 * @param basisName the basis's name, or empty when there is none
 */
public record ScenarioBadges(Map<String, Badge> badges, int removed, String basisName) {
    /** A card's standing against the basis. */
    public enum Badge { NEW, CHANGED, UNCHANGED }

    /** No basis: no badges. */
    public static final ScenarioBadges NONE = new ScenarioBadges(Map.of(), 0, "");

    public ScenarioBadges {
        badges = Map.copyOf(badges);
    }

    /** The badges of {@code map}'s shown scenario against its basis. */
    public static ScenarioBadges of(JourneyMap map) {
        Scenario shown = map.scenarios().active();
        if (!shown.derived() || map.scenarios().scenario(shown.basisId()).isEmpty()) {
            return NONE;
        }
        JourneyMap basis = map.showing(shown.basisId());
        Set<String> basisIds = new HashSet<>();
        basis.touchpoints().forEach(t -> basisIds.add(t.id()));
        MapComparison comparison = MapComparison.of(basis, map);
        Set<String> added = new HashSet<>();
        comparison.added().forEach(c -> added.add(c.afterId()));
        Set<String> changed = new HashSet<>();
        comparison.changed().forEach(c -> changed.add(c.afterId()));
        Map<String, Badge> badges = new HashMap<>();
        Set<String> kept = new HashSet<>();
        for (Touchpoint t : map.touchpoints()) {
            // A second copy of one basis card (a duplicate) is new: the engine pairs the basis card with one card only.
            if (!basisIds.contains(t.origin()) || added.contains(t.id())) {
                badges.put(t.id(), Badge.NEW);
            } else {
                kept.add(t.origin());
                badges.put(t.id(), changed.contains(t.id()) ? Badge.CHANGED : Badge.UNCHANGED);
            }
        }
        return new ScenarioBadges(badges, basisIds.size() - kept.size(), map.scenarios()
                .scenario(shown.basisId()).map(Scenario::name).orElse(""));
    }

    /** Whether the shown scenario has a basis to be compared with. */
    public boolean compared() {
        return !basisName.isEmpty();
    }

    public Badge of(String touchpointId) {
        return badges.getOrDefault(touchpointId, Badge.UNCHANGED);
    }

    public int count(Badge badge) {
        return (int) badges.values().stream().filter(b -> b == badge).count();
    }

    /** "2 new · 1 changed · 3 removed since As-is", or empty without a basis. */
    public String summary() {
        if (!compared()) {
            return "";
        }
        return count(Badge.NEW) + " new · " + count(Badge.CHANGED) + " changed · " + removed + " removed since "
                + basisName;
    }
}
