package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;

/** Gives a stage a new name; consecutive renames of one stage (typing) are one undo step. */
public record RenameStage(String stageId, String name, String description) implements MapCommand {

    public static RenameStage of(JourneyMap map, String stageId, String name) {
        return new RenameStage(stageId, name, Messages.text("edits.renameStage",
                Labels.quoted(MapLookup.stage(map, stageId).name())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.stage(map, stageId);
        return map.withStages(ListEdits.replaced(map.stages(), s -> s.id().equals(stageId), s -> s.withName(name)));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof RenameStage rename && rename.stageId.equals(stageId)
                ? Optional.of(new RenameStage(stageId, rename.name, description)) : Optional.empty();
    }
}
