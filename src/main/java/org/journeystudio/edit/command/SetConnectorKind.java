package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;

/** Changes what a connector means (next, branch, loop back), keeping its place among the card's links. */
public record SetConnectorKind(String fromId, TouchpointLink connector, LinkKind kind, String description)
        implements MapCommand {

    public static SetConnectorKind of(JourneyMap map, String fromId, TouchpointLink connector, LinkKind kind) {
        Touchpoint from = MapLookup.touchpoint(map, fromId);
        return new SetConnectorKind(fromId, connector, kind, Messages.text("edits.setConnectorKind",
                Labels.quoted(from.title()), Labels.linkKind(kind)));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Touchpoint from = MapLookup.touchpoint(map, fromId);
        if (!kind.connector()) {
            throw new IllegalArgumentException(kind.displayName() + " is a dependency, not a connector");
        }
        if (!from.links().contains(connector)) {
            throw new IllegalArgumentException("'" + from.title() + "' has no such connector to '"
                    + connector.targetId() + "'");
        }
        TouchpointLink changed = new TouchpointLink(connector.targetId(), kind);
        return map.withTouchpoint(from.toBuilder().links(ListEdits.replaced(from.links(), connector::equals,
                l -> changed)).build());
    }
}
