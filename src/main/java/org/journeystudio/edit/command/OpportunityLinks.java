package org.journeystudio.edit.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Touchpoint;

/** Links between touchpoints (or their pain points) and the map's opportunities, as the commands change them. */
final class OpportunityLinks {
    private OpportunityLinks() {
    }

    /** The touchpoint linked to the opportunity, as a whole ({@code painIndex} −1) or through one pain point. */
    static Touchpoint linked(Touchpoint t, String opportunityId, int painIndex) {
        if (painIndex < 0) {
            return t.toBuilder().opportunityIds(with(t.opportunityIds(), opportunityId)).build();
        }
        return t.toBuilder().painPoints(painPoint(t, painIndex,
                p -> p.withOpportunityIds(with(p.opportunityIds(), opportunityId)))).build();
    }

    /** The touchpoint no longer linked to the opportunity there ({@code painIndex} −1: as a whole). */
    static Touchpoint unlinked(Touchpoint t, String opportunityId, int painIndex) {
        if (painIndex < 0) {
            return t.toBuilder().opportunityIds(without(t.opportunityIds(), opportunityId)).build();
        }
        return t.toBuilder().painPoints(painPoint(t, painIndex,
                p -> p.withOpportunityIds(without(p.opportunityIds(), opportunityId)))).build();
    }

    /** Every touchpoint of every scenario without any link to the opportunity. */
    static JourneyMap withoutLinksTo(JourneyMap map, String opportunityId) {
        UnaryOperator<Touchpoint> clear = t -> {
            if (!t.addressedBy(opportunityId)) {
                return t;
            }
            return t.toBuilder().opportunityIds(without(t.opportunityIds(), opportunityId))
                    .painPoints(t.painPoints().stream()
                            .map(p -> p.withOpportunityIds(without(p.opportunityIds(), opportunityId))).toList())
                    .build();
        };
        Map<String, List<Touchpoint>> stored = new LinkedHashMap<>();
        map.scenarios().stored().forEach((id, kept) -> stored.put(id, kept.stream().map(clear).toList()));
        return map.withTouchpoints(map.touchpoints().stream().map(clear).toList())
                .withScenarios(map.scenarios().withStored(stored));
    }

    private static List<PainPoint> painPoint(Touchpoint t, int index, UnaryOperator<PainPoint> change) {
        if (index >= t.painPoints().size()) {
            throw new IllegalArgumentException("Touchpoint " + Labels.quoted(t.title()) + " has no pain point "
                    + (index + 1));
        }
        List<PainPoint> painPoints = new ArrayList<>(t.painPoints());
        painPoints.set(index, change.apply(painPoints.get(index)));
        return painPoints;
    }

    private static List<String> with(List<String> ids, String id) {
        List<String> more = new ArrayList<>(ids);
        more.add(id);
        return more;
    }

    private static List<String> without(List<String> ids, String id) {
        return ids.stream().filter(i -> !i.equals(id)).toList();
    }
}
