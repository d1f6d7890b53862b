package org.journeystudio.compare;

import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;

/**
 * What changed between an old and a new state of a journey map.
 *
 * @param scale        the scale all ratings are compared on: the wider of the two maps' scales
 * @param scaleNote    says so when a map's ratings were converted to that scale; empty when both share it
 * @param added        touchpoints only in the new state, in journey order
 * @param removed      touchpoints only in the old state, in its journey order
 * @param changed      touchpoints in both with some field changed, in journey order
 * @param unchanged    how many touchpoints are in both and equal
 * @param stages       the emotion curve per stage, in the new state's order, then stages the new state lacks
 * @param satisfaction the delta heatmap: every touchpoint in both states × every segment that rated it in either
 * @param opportunities the action plan's changes: opportunities added, removed or with a field changed
 */
public record MapComparison(RatingScale scale, String scaleNote, List<TouchpointChange> added,
                            List<TouchpointChange> removed, List<TouchpointChange> changed, int unchanged,
                            List<StageEmotion> stages, List<SatisfactionDelta> satisfaction,
                            List<OpportunityChange> opportunities) {
    public MapComparison {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        stages = List.copyOf(stages);
        satisfaction = List.copyOf(satisfaction);
        opportunities = List.copyOf(opportunities);
    }

    public static MapComparison of(JourneyMap before, JourneyMap after) {
        return of(before, RatingSpreads.NONE, after, RatingSpreads.NONE);
    }

    public static MapComparison of(JourneyMap before, RatingSpreads beforeSpreads, JourneyMap after,
                                   RatingSpreads afterSpreads) {
        return new MapComparer(before, beforeSpreads, after, afterSpreads).compare();
    }

    /** Whether the two states have the same touchpoints with the same fields. */
    public boolean noTouchpointChanges() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
