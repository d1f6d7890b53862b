package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.ScenarioNames;

/** Moves a scenario to another place in the scenario list (the order of the switcher and of exports). */
public record MoveScenario(String scenarioId, int index, String description) implements MapCommand {

    public static MoveScenario of(JourneyMap map, String scenarioId, int index) {
        return new MoveScenario(scenarioId, index,
                Messages.text("edits.moveScenario", Labels.quoted(ScenarioNames.shown(MapLookup.scenario(map, scenarioId)))));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        MapLookup.scenario(map, scenarioId);
        return map.withScenarios(map.scenarios().withList(ListEdits.moved(map.scenarios().list(),
                s -> s.id().equals(scenarioId), index, "scenario '" + scenarioId + "'")));
    }
}
