package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;

/** Deletes an opportunity and every link to it, in every scenario; undo brings both back. */
public record RemoveOpportunity(String opportunityId, String description) implements MapCommand {

    public static RemoveOpportunity of(JourneyMap map, String opportunityId) {
        return new RemoveOpportunity(opportunityId, Messages.text("edits.deleteOpportunity",
                Labels.quoted(MapLookup.opportunity(map, opportunityId).title())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.opportunity(map, opportunityId);
        return OpportunityLinks.withoutLinksTo(map, opportunityId)
                .withOpportunities(ListEdits.removed(map.opportunities(), o -> o.id().equals(opportunityId)));
    }
}
