package org.journeystudio.model;

import java.util.List;
import java.util.Optional;
import org.journeystudio.i18n.Messages;

/**
 * A phase of the journey, shown as a column (e.g. "Search", "Buy", "Receive").
 *
 * @param paths the stage's alternative paths in order, drawn as parallel tracks after its main track; empty when
 *              the stage has only the main track
 */
public record Stage(String id, String name, String description, double widthHint, List<StagePath> paths) {
    public static final double DEFAULT_WIDTH = 240;

    public Stage {
        id = Checks.id(id, "stage");
        name = Checks.text(name);
        description = Checks.text(description);
        if (!(widthHint > 0) || Double.isInfinite(widthHint)) {
            throw new IllegalArgumentException(Messages.text("model.stageWidth", name, widthHint));
        }
        paths = paths == null ? List.of() : List.copyOf(paths);
    }

    public Stage(String id, String name, String description, double widthHint) {
        this(id, name, description, widthHint, List.of());
    }

    public Stage(String id, String name) {
        this(id, name, "", DEFAULT_WIDTH);
    }

    public Stage withName(String newName) {
        return new Stage(id, newName, description, widthHint, paths);
    }

    public Stage withWidthHint(double newWidth) {
        return new Stage(id, name, description, newWidth, paths);
    }

    public Stage withDescription(String newDescription) {
        return new Stage(id, name, newDescription, widthHint, paths);
    }

    public Stage withPaths(List<StagePath> newPaths) {
        return new Stage(id, name, description, widthHint, newPaths);
    }

    public Optional<StagePath> path(String pathId) {
        return paths.stream().filter(p -> p.id().equals(pathId)).findFirst();
    }
}
