package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;

/** Deletes one connector from a card; the cards it joined stay. */
public record RemoveConnector(String fromId, TouchpointLink connector, String description) implements MapCommand {

    public static RemoveConnector of(JourneyMap map, String fromId, TouchpointLink connector) {
        Touchpoint from = MapLookup.touchpoint(map, fromId);
        String to = map.touchpoint(connector.targetId()).map(Touchpoint::title).orElse(connector.targetId());
        return new RemoveConnector(fromId, connector, Messages.text("edits.deleteConnector",
                Labels.quoted(from.title()), Labels.quoted(to)));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Touchpoint from = MapLookup.touchpoint(map, fromId);
        if (!from.links().contains(connector)) {
            throw new IllegalArgumentException("'" + from.title() + "' has no such connector to '"
                    + connector.targetId() + "'");
        }
        return map.withTouchpoint(from.toBuilder().links(ListEdits.removed(from.links(), connector::equals)).build());
    }
}
