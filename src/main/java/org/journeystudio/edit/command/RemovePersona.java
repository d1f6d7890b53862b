package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;

/** Deletes a persona; nothing else points at personas, so nothing else changes. */
public record RemovePersona(String personaId, String description) implements MapCommand {

    public static RemovePersona of(JourneyMap map, String personaId) {
        return new RemovePersona(personaId, Messages.text("edits.deletePersona",
                Labels.quoted(MapLookup.persona(map, personaId).name())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.persona(map, personaId);
        return map.withPersonas(ListEdits.removed(map.personas(), p -> p.id().equals(personaId)));
    }
}
