package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.ScenarioNames;

/** Gives a scenario a new name; consecutive renames of one scenario (typing) are one undo step. */
public record RenameScenario(String scenarioId, String name, String description) implements MapCommand {

    public static RenameScenario of(JourneyMap map, String scenarioId, String name) {
        return new RenameScenario(scenarioId, name,
                Messages.text("edits.renameScenario", Labels.quoted(ScenarioNames.shown(MapLookup.scenario(map, scenarioId)))));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.scenario(map, scenarioId);
        return map.withScenarios(map.scenarios().withList(ListEdits.replaced(map.scenarios().list(),
                s -> s.id().equals(scenarioId), s -> s.withName(name))));
    }

    @Override
    public Optional<MapCommand> mergeWith(MapCommand next) {
        return next instanceof RenameScenario rename && rename.scenarioId.equals(scenarioId)
                ? Optional.of(new RenameScenario(scenarioId, rename.name, description)) : Optional.empty();
    }
}
