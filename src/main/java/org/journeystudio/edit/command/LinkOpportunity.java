package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;

/**
 * Links an opportunity to a touchpoint of the shown scenario (as a whole when {@code painIndex} is −1, else to
 * that pain point), or removes that link when {@code link} is false; the opportunity itself stays.
 */
public record LinkOpportunity(String opportunityId, String touchpointId, int painIndex, boolean link,
                              String description) implements MapCommand {

    public static LinkOpportunity link(JourneyMap map, String opportunityId, String touchpointId, int painIndex) {
        return new LinkOpportunity(opportunityId, touchpointId, painIndex, true, Messages.text("edits.linkOpportunity",
                Labels.quoted(MapLookup.opportunity(map, opportunityId).title()),
                Labels.touchpoints(map, java.util.List.of(touchpointId))));
    }

    public static LinkOpportunity unlink(JourneyMap map, String opportunityId, String touchpointId, int painIndex) {
        return new LinkOpportunity(opportunityId, touchpointId, painIndex, false, Messages.text("edits.unlinkOpportunity",
                Labels.quoted(MapLookup.opportunity(map, opportunityId).title()),
                Labels.touchpoints(map, java.util.List.of(touchpointId))));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.opportunity(map, opportunityId);
        Touchpoint t = MapLookup.touchpoint(map, touchpointId);
        return map.withTouchpoint(link ? OpportunityLinks.linked(t, opportunityId, painIndex)
                : OpportunityLinks.unlinked(t, opportunityId, painIndex));
    }
}
