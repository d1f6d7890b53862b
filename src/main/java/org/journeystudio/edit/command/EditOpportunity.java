package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Objects;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;

/** Replaces an opportunity with an edited copy (any field; the id and links stay); typing is one undo step. */
public record EditOpportunity(Opportunity opportunity, String description) implements MapCommand {

    public EditOpportunity {
        Objects.requireNonNull(opportunity, "opportunity");
    }

    public static EditOpportunity of(JourneyMap map, Opportunity changed) {
        return new EditOpportunity(changed, Messages.text("edits.editOpportunity",
                Labels.quoted(MapLookup.opportunity(map, changed.id()).title())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.opportunity(map, opportunity.id());
        return map.withOpportunities(ListEdits.replaced(map.opportunities(), o -> o.id().equals(opportunity.id()),
                o -> opportunity));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof EditOpportunity edit && edit.opportunity.id().equals(opportunity.id())
                ? Optional.of(new EditOpportunity(edit.opportunity, description)) : Optional.empty();
    }
}
