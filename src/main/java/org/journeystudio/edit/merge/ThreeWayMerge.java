package org.journeystudio.edit.merge;

import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * Merges two edits of one map made from the same base: what only one side changed is taken from that side. This is
 * the element-level merge the library applies when it saves (it refuses saves where both changed one touchpoint
 * before calling it).
 */
public final class ThreeWayMerge {
    private ThreeWayMerge() {
    }

    /** {@code theirs} with every element and project field that {@code mine} changed against {@code base}. */
    public static JourneyMap byElement(JourneyMap base, JourneyMap mine, JourneyMap theirs) {
        JourneyMap project = projectFieldsChanged(base, mine) ? withProjectFields(theirs, mine) : theirs;
        return project
                .withSegments(ListMerge.merge(base.segments(), mine.segments(), theirs.segments(), Segment::id,
                        ListMerge::changedSide))
                .withStages(ListMerge.merge(base.stages(), mine.stages(), theirs.stages(), Stage::id,
                        ListMerge::changedSide))
                .withLanes(ListMerge.merge(base.lanes(), mine.lanes(), theirs.lanes(), Lane::id,
                        ListMerge::changedSide))
                .withPersonas(ListMerge.merge(base.personas(), mine.personas(), theirs.personas(), Persona::id,
                        ListMerge::changedSide))
                .withOpportunities(ListMerge.merge(base.opportunities(), mine.opportunities(),
                        theirs.opportunities(), Opportunity::id, ListMerge::changedSide))
                .withTouchpoints(ListMerge.merge(base.touchpoints(), mine.touchpoints(), theirs.touchpoints(),
                        Touchpoint::id, ListMerge::changedSide))
                .withScenarios(mine.scenarios().equals(base.scenarios()) ? theirs.scenarios() : mine.scenarios());
    }

    /** {@code map} with the title, description, scenario text and rating scale of {@code from}. */
    static JourneyMap withProjectFields(JourneyMap map, JourneyMap from) {
        return new JourneyMap(map.id(), from.title(), from.description(), from.scenario(), map.created(),
                map.modified(), from.scale(), map.personas(), map.segments(), map.stages(), map.lanes(),
                map.touchpoints(), map.scenarios(), map.opportunities());
    }

    /** Whether the project's own fields (title, description, scenario text, rating scale) differ. */
    public static boolean projectFieldsChanged(JourneyMap base, JourneyMap mine) {
        return !(base.title().equals(mine.title()) && base.description().equals(mine.description())
                && base.scenario().equals(mine.scenario()) && base.scale() == mine.scale());
    }
}
