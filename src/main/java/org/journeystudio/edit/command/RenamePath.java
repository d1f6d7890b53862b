package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;

/** Gives one of a stage's paths a new name; consecutive renames of one path (typing) are one undo step. */
public record RenamePath(String stageId, String pathId, String name, String description) implements MapCommand {

    public static RenamePath of(JourneyMap map, String stageId, String pathId, String name) {
        return new RenamePath(stageId, pathId, name, Messages.text("edits.renamePath",
                Labels.quoted(path(map, stageId, pathId))));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        path(map, stageId, pathId);
        return map.withStages(ListEdits.replaced(map.stages(), s -> s.id().equals(stageId),
                s -> s.withPaths(ListEdits.replaced(s.paths(), p -> p.id().equals(pathId), p -> p.withName(name)))));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof RenamePath rename && rename.stageId.equals(stageId) && rename.pathId.equals(pathId)
                ? Optional.of(new RenamePath(stageId, pathId, rename.name, description)) : Optional.empty();
    }

    /** The path's current name; an unknown stage or path is refused. */
    static String path(JourneyMap map, String stageId, String pathId) {
        Stage stage = MapLookup.stage(map, stageId);
        return stage.path(pathId).orElseThrow(() -> new IllegalArgumentException(
                "Stage '" + stage.name() + "' has no path '" + pathId + "'")).name();
    }
}
