package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Objects;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Persona;

/** Adds a persona the journey is told from; {@link #AT_END} appends it. */
public record AddPersona(Persona persona, int index, String description) implements MapCommand {
    public static final int AT_END = ListEdits.END;

    public AddPersona {
        Objects.requireNonNull(persona, "persona");
    }

    public static AddPersona of(Persona persona, int index) {
        return new AddPersona(persona, index, Messages.text("edits.addPersona", Labels.quoted(persona.name())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        if (map.personas().stream().anyMatch(p -> p.id().equals(persona.id()))) {
            throw new IllegalArgumentException("The map already has a persona with id '" + persona.id() + "'");
        }
        return map.withPersonas(ListEdits.inserted(map.personas(), index, persona,
                "persona " + Labels.quoted(persona.name())));
    }
}
