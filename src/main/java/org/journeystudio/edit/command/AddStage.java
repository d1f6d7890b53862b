package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Objects;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;

/** Inserts a new stage (column) at a position; {@link #AT_END} appends it. */
public record AddStage(Stage stage, int index, String description) implements MapCommand {
    public static final int AT_END = ListEdits.END;

    public AddStage {
        Objects.requireNonNull(stage, "stage");
    }

    public static AddStage of(Stage stage, int index) {
        return new AddStage(stage, index, Messages.text("edits.addStage", Labels.quoted(stage.name())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        if (map.stage(stage.id()).isPresent()) {
            throw new IllegalArgumentException("The map already has a stage with id '" + stage.id() + "'");
        }
        return map.withStages(ListEdits.inserted(map.stages(), index, stage, "stage " + Labels.quoted(stage.name())));
    }
}
