package org.journeystudio.cli;

import org.apache.commons.cli.Option;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;

/** {@code --scenario NAME}: which of a map's scenarios (as-is, to-be…) a command works on. */
final class ScenarioOption {
    static final String NAME = "scenario";

    private ScenarioOption() {
    }

    static Option option(String what) {
        return Subcommand.valued(NAME, "NAME", what + " (name or id; default: the one the studio showed last).");
    }

    /** The map showing the scenario called {@code nameOrId}; the map as it is when none is asked for. */
    static JourneyMap showing(JourneyMap map, String nameOrId) {
        if (nameOrId == null) {
            return map;
        }
        Scenario scenario = map.scenarios().scenario(nameOrId)
                .or(() -> map.scenarios().named(nameOrId))
                .orElseThrow(() -> new UsageException("No scenario called '" + nameOrId + "' in '" + map.title()
                        + "'; its scenarios are: " + String.join(", ",
                        map.scenarios().list().stream().map(Scenario::name).toList())));
        return map.showing(scenario.id());
    }
}
