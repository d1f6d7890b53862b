package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.journeystudio.model.StagePath;

/** Adds a path (a parallel track) after a stage's other paths; its cards come later, by moving them onto it. */
public record AddPath(String stageId, StagePath path, String description) implements MapCommand {

    public static AddPath of(JourneyMap map, String stageId, StagePath path) {
        Stage stage = MapLookup.stage(map, stageId);
        return new AddPath(stageId, path, Messages.text("edits.addPath", Labels.quoted(path.name()),
                Labels.quoted(stage.name())));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Stage stage = MapLookup.stage(map, stageId);
        if (stage.path(path.id()).isPresent()) {
            throw new IllegalArgumentException("Stage '" + stage.name() + "' already has a path '" + path.id() + "'");
        }
        List<StagePath> paths = new ArrayList<>(stage.paths());
        paths.add(path);
        return map.withStages(ListEdits.replaced(map.stages(), s -> s.id().equals(stageId), s -> s.withPaths(paths)));
    }
}
