package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Objects;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Persona;

/** Replaces a persona with an edited copy (any of its fields; the id stays); typing is one undo step. */
public record EditPersona(Persona persona, String description) implements MapCommand {

    public EditPersona {
        Objects.requireNonNull(persona, "persona");
    }

    public static EditPersona of(JourneyMap map, Persona changed) {
        return new EditPersona(changed, Messages.text("edits.editPersona",
                Labels.quoted(MapLookup.persona(map, changed.id()).name())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.persona(map, persona.id());
        return map.withPersonas(ListEdits.replaced(map.personas(), p -> p.id().equals(persona.id()), p -> persona));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof EditPersona edit && edit.persona.id().equals(persona.id())
                ? Optional.of(new EditPersona(edit.persona, description)) : Optional.empty();
    }
}
