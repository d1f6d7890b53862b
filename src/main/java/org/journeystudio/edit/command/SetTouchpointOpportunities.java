package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;

/**
 * The inspector's list of a touchpoint's opportunities, edited as a whole: each listed opportunity is added to the
 * map when new or replaced when edited, and the touchpoint names exactly these, in this order. One left out is
 * only unlinked: it stays in the map's action plan. Typing in one row is one undo step.
 */
public record SetTouchpointOpportunities(String touchpointId, List<Opportunity> wanted, String description)
        implements MapCommand {

    public SetTouchpointOpportunities {
        wanted = List.copyOf(wanted);
    }

    public static SetTouchpointOpportunities of(JourneyMap map, String touchpointId, List<Opportunity> wanted) {
        return new SetTouchpointOpportunities(touchpointId, wanted, Messages.text("edits.editOpportunitiesOf",
                Labels.quoted(MapLookup.touchpoint(map, touchpointId).title())));
    }

    /** The opportunities the touchpoint names as a whole, in its order: what the list starts from. */
    public static List<Opportunity> current(JourneyMap map, String touchpointId) {
        return MapLookup.touchpoint(map, touchpointId).opportunityIds().stream().map(map::opportunity)
                .flatMap(Optional::stream).toList();
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        var touchpoint = MapLookup.touchpoint(map, touchpointId);
        List<Opportunity> all = new ArrayList<>(map.opportunities());
        for (Opportunity o : wanted) {
            if (map.opportunity(o.id()).isPresent()) {
                all.replaceAll(existing -> existing.id().equals(o.id()) ? o : existing);
            } else {
                all.add(o);
            }
        }
        return map.withOpportunities(all).withTouchpoint(touchpoint.toBuilder()
                .opportunityIds(wanted.stream().map(Opportunity::id).toList()).build());
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof SetTouchpointOpportunities set && set.touchpointId.equals(touchpointId)
                && set.wanted.stream().map(Opportunity::id).toList().equals(wanted.stream().map(Opportunity::id).toList())
                ? Optional.of(new SetTouchpointOpportunities(touchpointId, set.wanted, description)) : Optional.empty();
    }
}
