package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;

/** Moves a persona to another position among the personas; repeated moves of one persona merge. */
public record MovePersona(String personaId, int index, String description) implements MapCommand {

    public static MovePersona of(JourneyMap map, String personaId, int index) {
        return new MovePersona(personaId, index,
                Messages.text("edits.movePersona", Labels.quoted(MapLookup.persona(map, personaId).name())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.persona(map, personaId);
        return map.withPersonas(ListEdits.moved(map.personas(), p -> p.id().equals(personaId), index,
                "persona '" + personaId + "'"));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof MovePersona move && move.personaId.equals(personaId)
                ? Optional.of(new MovePersona(personaId, move.index, description)) : Optional.empty();
    }
}
