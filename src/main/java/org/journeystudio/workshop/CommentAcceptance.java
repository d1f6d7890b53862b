package org.journeystudio.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.AddOpportunity;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Touchpoint;

/**
 * Turns a participant's comment into a pain point or an opportunity on its touchpoint, as one map edit (so it is
 * undoable and saved like any other), and tells whether the map already has it.
 *
 * <p>A pain point heard in the room is {@link Evidence#OBSERVED}: participants report what they went through.
 * An idea is {@link Evidence#PROPOSED}: a to-be suggestion, not the current experience.
 */
public final class CommentAcceptance {
    /** Middle severity: the facilitator can grade it later in the inspector. */
    static final int SEVERITY = 2;

    /** How a comment stands on the map. */
    public enum Accepted { NOT_YET, AS_PAIN_POINT, AS_OPPORTUNITY }

    private CommentAcceptance() {
    }

    /** Adds the comment as a pain point at the end of its touchpoint's pain points. */
    public static MapCommand asPainPoint(JourneyMap map, LiveComment comment) {
        Touchpoint touchpoint = touchpoint(map, comment);
        List<PainPoint> painPoints = new ArrayList<>(touchpoint.painPoints());
        painPoints.add(new PainPoint(comment.text(), SEVERITY, Evidence.OBSERVED));
        return new SetTouchpointField<>(Set.of(touchpoint.id()), TouchpointField.PAIN_POINTS, painPoints,
                "Add a workshop pain point to '" + touchpoint.title() + "'");
    }

    /** Adds the comment as an opportunity at the end of its touchpoint's opportunities. */
    public static MapCommand asOpportunity(JourneyMap map, LiveComment comment) {
        Touchpoint touchpoint = touchpoint(map, comment);
        Opportunity opportunity = Opportunity.idea(Ids.next("opp"), comment.text(), Evidence.PROPOSED);
        return new AddOpportunity(opportunity, touchpoint.id(), -1,
                "Add a workshop opportunity to '" + touchpoint.title() + "'");
    }

    /**
     * Whether the comment's text is on its touchpoint already. Read from the map rather than remembered, so that
     * undoing an accept shows the comment as open again.
     */
    public static Accepted status(JourneyMap map, LiveComment comment) {
        Touchpoint touchpoint = map.touchpoint(comment.touchpointId()).orElse(null);
        if (touchpoint == null) {
            return Accepted.NOT_YET;
        }
        String text = new PainPoint(comment.text(), SEVERITY).text();
        if (touchpoint.painPoints().stream().anyMatch(p -> p.text().equals(text))) {
            return Accepted.AS_PAIN_POINT;
        }
        if (map.opportunitiesAt(touchpoint).stream().anyMatch(o -> o.title().equals(text))) {
            return Accepted.AS_OPPORTUNITY;
        }
        return Accepted.NOT_YET;
    }

    private static Touchpoint touchpoint(JourneyMap map, LiveComment comment) {
        return map.touchpoint(comment.touchpointId()).orElseThrow(() -> new IllegalArgumentException(
                "The touchpoint this comment is about is no longer on the map"));
    }
}
