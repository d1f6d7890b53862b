package org.journeystudio.cli;

import org.apache.commons.cli.Option;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.usecase.CompareStates;
import org.journeystudio.usecase.StateNotFoundException;

/** {@code --scenario NAME}: which of a map's scenarios (as-is, to-be…) a command works on. */
final class ScenarioOption {
    static final String NAME = "scenario";

    private ScenarioOption() {
    }

    /** The option, described by {@code description} (which says what the default is). */
    static Option option(String description) {
        return Subcommand.valued(NAME, "NAME", description);
    }

    /** The map showing the scenario called {@code nameOrId}; the map as it is when none is asked for. */
    static JourneyMap showing(JourneyMap map, String nameOrId) {
        try {
            return CompareStates.showing(map, nameOrId, "'" + map.title() + "'");
        } catch (StateNotFoundException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
