package org.journeystudio.edit.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeystudio.edit.Document;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.MapValidator;

/** Runs a command through a document and checks that undo and redo land on exactly the maps around it. */
final class UndoRoundTrip {
    private UndoRoundTrip() {
    }

    /** Returns the map after the command, having checked undo → before and redo → after. */
    static JourneyMap check(JourneyMap before, MapCommand command) {
        Document document = new Document(before);
        assertThat(document.execute(command)).as("'%s' changes the map", command.description()).isTrue();
        JourneyMap after = document.map();
        assertThat(after).isNotEqualTo(before);
        assertThat(MapValidator.validate(after)).isEmpty();
        assertThat(command.apply(before)).as("apply is repeatable").isEqualTo(after);
        assertThat(document.undoDescription()).contains(command.description());

        document.undo();
        assertThat(document.map()).isEqualTo(before);
        document.redo();
        assertThat(document.map()).isEqualTo(after);
        return after;
    }
}
