package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;

/**
 * Removes one of a stage's paths; its cards stay, on the stage's main track (in every scenario), so nothing the
 * team wrote is lost with a track. Undo brings the path and its cards' places back.
 */
public record RemovePath(String stageId, String pathId, String description) implements MapCommand {

    public static RemovePath of(JourneyMap map, String stageId, String pathId) {
        String name = RenamePath.path(map, stageId, pathId);
        long cards = map.touchpoints().stream()
                .filter(t -> t.stageId().equals(stageId) && t.pathId().equals(pathId)).count();
        return new RemovePath(stageId, pathId, Messages.text("edits.removePath", Labels.quoted(name), cards));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        RenamePath.path(map, stageId, pathId);
        return map.withTouchpoints(ListEdits.replaced(map.touchpoints(),
                        t -> t.stageId().equals(stageId) && t.pathId().equals(pathId), t -> t.onPath("")))
                .withStages(ListEdits.replaced(map.stages(), s -> s.id().equals(stageId),
                        s -> s.withPaths(ListEdits.removed(s.paths(), p -> p.id().equals(pathId)))));
    }
}
