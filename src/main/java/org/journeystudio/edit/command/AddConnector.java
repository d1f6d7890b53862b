package org.journeystudio.edit.command;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;

/** Draws a connector (next, branch, loop back) from one card to another; the same connector twice is refused. */
public record AddConnector(String fromId, TouchpointLink connector, String description) implements MapCommand {

    public static AddConnector of(JourneyMap map, String fromId, TouchpointLink connector) {
        Touchpoint from = MapLookup.touchpoint(map, fromId);
        Touchpoint to = MapLookup.touchpoint(map, connector.targetId());
        return new AddConnector(fromId, connector, Messages.text("edits.connect", Labels.quoted(from.title()),
                Labels.quoted(to.title()), Labels.linkKind(connector.kind())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Touchpoint from = MapLookup.touchpoint(map, fromId);
        MapLookup.touchpoint(map, connector.targetId());
        if (!connector.kind().connector()) {
            throw new IllegalArgumentException(connector.kind().displayName() + " is a dependency, not a connector");
        }
        if (connector.targetId().equals(fromId)) {
            throw new IllegalArgumentException(Messages.text("checks.connectorToItself", from.title()));
        }
        if (from.links().contains(connector)) {
            throw new IllegalArgumentException(Messages.text("checks.connectorTwice", from.title()));
        }
        List<TouchpointLink> links = new ArrayList<>(from.links());
        links.add(connector);
        return map.withTouchpoint(from.toBuilder().links(links).build());
    }
}
