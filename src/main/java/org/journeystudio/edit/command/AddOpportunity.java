package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Objects;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;

/**
 * Adds an opportunity to the map's action plan, appended, and links it to a touchpoint as a whole
 * ({@code painIndex} −1) or to one of its pain points; an empty {@code touchpointId} links it nowhere.
 */
public record AddOpportunity(Opportunity opportunity, String touchpointId, int painIndex, String description)
        implements MapCommand {

    public AddOpportunity {
        Objects.requireNonNull(opportunity, "opportunity");
        touchpointId = touchpointId == null ? "" : touchpointId;
    }

    /** An opportunity of the backlog, not (yet) linked to a touchpoint. */
    public static AddOpportunity unlinked(Opportunity opportunity) {
        return new AddOpportunity(opportunity, "", -1, Messages.text("edits.addOpportunity", Labels.quoted(opportunity.title())));
    }

    /** An opportunity for a touchpoint as a whole: a note in its opportunities lane. */
    public static AddOpportunity at(Opportunity opportunity, String touchpointId) {
        return new AddOpportunity(opportunity, touchpointId, -1, Messages.text("edits.addOpportunity",
                Labels.quoted(opportunity.title())));
    }

    /** "Turn this pain point into an opportunity": its text as the title, linked to the pain point. */
    public static AddOpportunity fromPainPoint(JourneyMap map, String touchpointId, int painIndex, String newId) {
        var touchpoint = MapLookup.touchpoint(map, touchpointId);
        if (painIndex < 0 || painIndex >= touchpoint.painPoints().size()) {
            throw new IllegalArgumentException("Touchpoint " + Labels.quoted(touchpoint.title()) + " has no pain point "
                    + (painIndex + 1));
        }
        var pain = touchpoint.painPoints().get(painIndex);
        Opportunity opportunity = Opportunity.idea(newId, pain.text(), null);
        return new AddOpportunity(opportunity, touchpointId, painIndex,
                Messages.text("edits.turnPainPoint", Labels.quoted(pain.text())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        if (map.opportunity(opportunity.id()).isPresent()) {
            throw new IllegalArgumentException("The map already has an opportunity with id '" + opportunity.id() + "'");
        }
        JourneyMap added = map.withOpportunities(ListEdits.inserted(map.opportunities(), ListEdits.END, opportunity,
                "opportunity " + Labels.quoted(opportunity.title())));
        if (touchpointId.isEmpty()) {
            return added;
        }
        return added.withTouchpoint(OpportunityLinks.linked(MapLookup.touchpoint(map, touchpointId),
                opportunity.id(), painIndex));
    }
}
