package org.journeystudio.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeystudio.edit.CompositeCommand;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.EditOpportunity;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;

/**
 * The room's dots written into the opportunities' customer value, as one edit. The rule: scaled to the most-voted
 * opportunity, {@code value = max(1, round(5 × dots ÷ most dots))}, so the most-voted gets 5 and any opportunity
 * with a dot gets at least 1; opportunities without dots keep their value (no dot is no verdict).
 */
public final class DotValues {
    private DotValues() {
    }

    /** The customer value {@code dots} earn when the most-voted opportunity has {@code mostDots} (both above 0). */
    public static int value(int dots, int mostDots) {
        return Math.max(Opportunity.MIN_RATING,
                (int) Math.round((double) Opportunity.MAX_RATING * dots / mostDots));
    }

    /** The edit, or empty when no dot lies on an opportunity of the map or no value would change. */
    public static Optional<MapCommand> command(JourneyMap map, Map<String, Integer> results) {
        int most = results.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<MapCommand> parts = new ArrayList<>();
        for (Opportunity opportunity : map.opportunities()) {
            int dots = results.getOrDefault(opportunity.id(), 0);
            if (dots <= 0) {
                continue;
            }
            int value = value(dots, most);
            if (!Integer.valueOf(value).equals(opportunity.customerValue())) {
                parts.add(EditOpportunity.of(map, opportunity.withCustomerValue(value)));
            }
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(new CompositeCommand("Apply the dot votes to customer value", parts));
    }
}
