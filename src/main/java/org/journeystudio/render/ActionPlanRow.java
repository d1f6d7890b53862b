package org.journeystudio.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.model.Touchpoint;

/**
 * One opportunity as the action plan's exports show it: with the stages, touchpoints and pain points it addresses
 * in the shown scenario (journey order) and its priority by the rule.
 */
public record ActionPlanRow(Opportunity opportunity, List<String> stages, List<String> touchpoints,
                            List<String> painPoints, Double value, Double priority) {

    /** Every opportunity of the map, in the map's order. */
    public static List<ActionPlanRow> of(JourneyMap map, PriorityRule rule) {
        List<Touchpoint> inOrder = map.touchpointsInJourneyOrder();
        List<ActionPlanRow> rows = new ArrayList<>();
        for (Opportunity o : map.opportunities()) {
            Set<String> stages = new LinkedHashSet<>();
            List<String> touchpoints = new ArrayList<>();
            List<String> pains = new ArrayList<>();
            for (Touchpoint t : inOrder) {
                if (!t.addressedBy(o.id())) {
                    continue;
                }
                map.stage(t.stageId()).ifPresent(s -> stages.add(s.name()));
                touchpoints.add(t.title());
                t.painPoints().stream().filter(p -> p.opportunityIds().contains(o.id())).map(PainPoint::text)
                        .forEach(pains::add);
            }
            rows.add(new ActionPlanRow(o, List.copyOf(stages), touchpoints, pains, rule.value(o), rule.priority(o)));
        }
        return rows;
    }
}
