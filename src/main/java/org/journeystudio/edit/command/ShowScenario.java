package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.ScenarioNames;

/** Shows another scenario of the map; an undo step too, so undo never edits a scenario the user is not looking at. */
public record ShowScenario(String scenarioId, String description) implements MapCommand {

    public static ShowScenario of(JourneyMap map, String scenarioId) {
        return new ShowScenario(scenarioId, Messages.text("edits.showScenario",
                Labels.quoted(ScenarioNames.shown(MapLookup.scenario(map, scenarioId)))));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        return map.showing(MapLookup.scenario(map, scenarioId).id());
    }
}
