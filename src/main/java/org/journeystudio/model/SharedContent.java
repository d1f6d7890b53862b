package org.journeystudio.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * How an edit of a shared item reaches its other uses: which shared items a change of a map edited, and a map with
 * one item's shared content put into every use of it. A pain point is matched by its shared id alone (it has no
 * id of its own); only the shown scenario's cards are looked at, as the library keeps only those by rows.
 */
public final class SharedContent {
    private SharedContent() {
    }

    /** The shared items of a map that a change edited: content that differs from what the same shared id had. */
    public record Edited(List<Persona> personas, List<PainPoint> painPoints, List<Opportunity> opportunities) {
        public boolean isEmpty() {
            return personas.isEmpty() && painPoints.isEmpty() && opportunities.isEmpty();
        }
    }

    /**
     * The shared items of {@code after} whose content differs from that of the item with the same shared id in
     * {@code before}. An item that only now carries its shared id (pasted, imported, just shared) is not an edit:
     * it takes on no other use's content and gives none.
     */
    public static Edited edited(JourneyMap before, JourneyMap after) {
        return new Edited(
                edited(before.personas(), after.personas(), Persona::sharedId,
                        (old, now) -> old.withSharedContentOf(now)),
                edited(painPoints(before), painPoints(after), PainPoint::sharedId,
                        (old, now) -> old.withSharedContentOf(now)),
                edited(before.opportunities(), after.opportunities(), Opportunity::sharedId,
                        (old, now) -> old.withSharedContentOf(now)));
    }

    /** Every pain point of the shown scenario's cards, in journey order. */
    public static List<PainPoint> painPoints(JourneyMap map) {
        List<PainPoint> all = new ArrayList<>();
        map.touchpoints().forEach(t -> all.addAll(t.painPoints()));
        return all;
    }

    private static <T> List<T> edited(List<T> before, List<T> after, Function<T, String> sharedId,
                                      BinaryOperator<T> withContentOf) {
        Map<String, T> was = new HashMap<>();
        for (T item : before) {
            if (sharedId.apply(item) != null) {
                was.putIfAbsent(sharedId.apply(item), item);
            }
        }
        List<T> edited = new ArrayList<>();
        for (T item : after) {
            T old = sharedId.apply(item) == null ? null : was.get(sharedId.apply(item));
            if (old != null && !withContentOf.apply(old, item).equals(old)) {
                edited.add(item);
            }
        }
        return edited;
    }

    /** {@code map} with the content of {@code source} in every persona that shares its id. */
    public static JourneyMap spread(JourneyMap map, Persona source) {
        return map.withPersonas(map.personas().stream()
                .map(p -> sameItem(p.sharedId(), source.sharedId()) ? p.withSharedContentOf(source) : p).toList());
    }

    public static JourneyMap spread(JourneyMap map, Opportunity source) {
        return map.withOpportunities(map.opportunities().stream()
                .map(o -> sameItem(o.sharedId(), source.sharedId()) ? o.withSharedContentOf(source) : o).toList());
    }

    public static JourneyMap spread(JourneyMap map, PainPoint source) {
        return map.withTouchpoints(map.touchpoints().stream().map(t -> t.painPoints().stream()
                .noneMatch(p -> sameItem(p.sharedId(), source.sharedId())) ? t
                : t.toBuilder().painPoints(t.painPoints().stream()
                        .map(p -> sameItem(p.sharedId(), source.sharedId()) ? p.withSharedContentOf(source) : p)
                        .toList()).build()).toList());
    }

    private static boolean sameItem(String sharedId, String wanted) {
        return sharedId != null && Objects.equals(sharedId, wanted);
    }

    /** A new use of a shared persona in another map: a fresh id, no segment (segments are each map's own). */
    public static Persona copy(Persona shared) {
        return new Persona(Ids.next("persona"), shared.name(), shared.description(), shared.color(), null,
                shared.icon(), shared.photo(), shared.quote(), shared.goals(), shared.needs(), shared.frustrations(),
                shared.sharedId());
    }

    /** A new use of a shared opportunity: a fresh id; links are made in the map that uses it. */
    public static Opportunity copy(Opportunity shared) {
        return shared.withId(Ids.next("opp"));
    }

    /** A new use of a shared pain point: without the links to opportunities of the map it came from. */
    public static PainPoint copy(PainPoint shared) {
        return new PainPoint(shared.text(), shared.severity(), shared.evidence(), List.of(), shared.sharedId());
    }
}
