package org.journeystudio.edit.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.ScenarioNames;
import org.journeystudio.model.Scenarios;
import org.journeystudio.model.Touchpoint;

/**
 * Deletes a scenario and its touchpoints. Scenarios derived from it keep theirs: they are re-based on the deleted
 * one's basis, and their links follow (a touchpoint copied from a deleted touchpoint now points where that one
 * came from). Deleting the shown scenario shows the first one left; the last scenario cannot be deleted.
 */
public record RemoveScenario(String scenarioId, String description) implements MapCommand {

    public static RemoveScenario of(JourneyMap map, String scenarioId) {
        return new RemoveScenario(scenarioId, Messages.text("edits.deleteScenario",
                Labels.quoted(ScenarioNames.shown(MapLookup.scenario(map, scenarioId)))));
    }

    /** The scenarios that were copied from this one (the user is asked before they are re-based). */
    public static List<Scenario> derivedFrom(JourneyMap map, String scenarioId) {
        return map.scenarios().list().stream().filter(s -> s.basisId().equals(scenarioId)).toList();
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Scenario gone = MapLookup.scenario(map, scenarioId);
        if (map.scenarios().list().size() == 1) {
            throw new IllegalArgumentException(Messages.text("checks.lastScenario", ScenarioNames.shown(gone)));
        }
        JourneyMap shown = map;
        if (map.scenarios().activeId().equals(scenarioId)) {
            String next = map.scenarios().list().stream().map(Scenario::id)
                    .filter(id -> !id.equals(scenarioId)).findFirst().orElseThrow();
            shown = map.showing(next);
        }
        Map<String, String> originOf = new HashMap<>();
        shown.touchpointsOf(scenarioId).forEach(t -> originOf.put(t.id(), t.origin()));
        List<Scenario> list = new ArrayList<>();
        for (Scenario s : shown.scenarios().list()) {
            if (!s.id().equals(scenarioId)) {
                list.add(s.basisId().equals(scenarioId) ? s.withBasis(gone.basisId()) : s);
            }
        }
        Map<String, List<Touchpoint>> stored = new LinkedHashMap<>();
        shown.scenarios().stored().forEach((id, kept) -> {
            if (!id.equals(scenarioId)) {
                stored.put(id, relinked(kept, originOf));
            }
        });
        List<Touchpoint> touchpoints = relinked(shown.touchpoints(), originOf);
        return shown.withTouchpoints(touchpoints)
                .withScenarios(new Scenarios(shown.scenarios().activeId(), list, stored));
    }

    private static List<Touchpoint> relinked(List<Touchpoint> touchpoints, Map<String, String> originOf) {
        return touchpoints.stream()
                .map(t -> originOf.containsKey(t.origin()) ? t.toBuilder().origin(originOf.get(t.origin())).build() : t)
                .toList();
    }
}
