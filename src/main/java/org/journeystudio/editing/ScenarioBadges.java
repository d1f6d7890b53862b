package org.journeystudio.editing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.ScenarioNames;
import org.journeystudio.model.Touchpoint;

/**
 * What the shown scenario did to the one it was copied from (its basis), card by card: which cards are new,
 * which were changed, and how many of the basis's cards it no longer has. A card is new when it links to no card
 * of the basis (added, copied from a card the basis has since lost, or a second copy of one card); changed when
 * a field a reader sees differs from the card it links to. Empty for a scenario copied from none.
 *
 * <p>Both scenarios share the map's stages, lanes, segments and scale, so a field comparison is plain equality
 * (the order within a cell left out, as the compare engine does): the canvas works it out on every edit, and the
 * full {@code compare.MapComparison} took about 100 ms on a 1,000-card map where this takes a few.
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
        Map<String, Touchpoint> basis = new HashMap<>();
        map.touchpointsOf(shown.basisId()).forEach(t -> basis.put(t.id(), t));
        Map<String, Badge> badges = new HashMap<>();
        Set<String> kept = new HashSet<>();
        // A copy's links point at the copies: read them as pointing at the originals, as the basis's cards do.
        Map<String, String> originals = new HashMap<>();
        map.touchpoints().stream().filter(t -> !t.origin().isEmpty()).forEach(t -> originals.put(t.id(), t.origin()));
        for (Touchpoint t : map.touchpoints()) {
            Touchpoint original = basis.get(t.origin());
            // A second copy of one basis card (a duplicate keeps the link) is new: one card stands for the original.
            if (original == null || !kept.add(t.origin())) {
                badges.put(t.id(), Badge.NEW);
            } else {
                badges.put(t.id(), sameFields(original, t.withLinksRenamed(originals)) ? Badge.UNCHANGED : Badge.CHANGED);
            }
        }
        return new ScenarioBadges(badges, basis.size() - kept.size(), map.scenarios()
                .scenario(shown.basisId()).map(ScenarioNames::shown).orElse(""));
    }

    private static boolean sameFields(Touchpoint original, Touchpoint copy) {
        return original.equals(copy.toBuilder().id(original.id()).origin(original.origin()).order(original.order())
                .build());
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
        return Messages.text("scenarios.changesSince", count(Badge.NEW), count(Badge.CHANGED), removed, basisName);
    }
}
