package org.journeystudio.edit.command;

import org.journeystudio.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.ScenarioNames;
import org.journeystudio.model.Touchpoint;

/**
 * Adds a scenario as a copy of another and shows it: every copied touchpoint gets a new id and keeps the id it
 * was copied from as its {@link Touchpoint#origin()}, which is how the studio tells unchanged, changed, removed
 * and new touchpoints apart later. The new ids are chosen when the command is made, so applying it is pure.
 *
 * @param copies basis touchpoint id → the copy's id
 */
public record AddScenario(Scenario scenario, Map<String, String> copies, String description) implements MapCommand {

    public AddScenario {
        copies = Map.copyOf(copies);
    }

    /** A scenario named {@code name} copied from {@code basisId}, with ids from {@code freshId}. */
    public static AddScenario copying(JourneyMap map, String basisId, String name, Supplier<String> freshId) {
        Scenario basis = MapLookup.scenario(map, basisId);
        String id = freshId.get();
        Map<String, String> copies = new LinkedHashMap<>();
        map.touchpointsOf(basisId).forEach(t -> copies.put(t.id(), freshId.get()));
        return new AddScenario(new Scenario(id, name, basis.id()), copies,
                Messages.text("edits.addScenario", Labels.quoted(ScenarioNames.shown(name)),
                        Labels.quoted(ScenarioNames.shown(basis))));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        if (map.scenarios().scenario(scenario.id()).isPresent()) {
            throw new IllegalArgumentException("The map already has a scenario '" + scenario.id() + "'");
        }
        List<Touchpoint> copied = new ArrayList<>();
        for (Touchpoint t : map.touchpointsOf(MapLookup.scenario(map, scenario.basisId()).id())) {
            String copyId = copies.get(t.id());
            if (copyId == null) {
                throw new IllegalArgumentException("Touchpoint '" + t.id() + "' was added after this copy was planned");
            }
            copied.add(t.withLinksRenamed(copies).toBuilder().id(copyId).origin(t.id()).build());
        }
        List<Scenario> list = new ArrayList<>(map.scenarios().list());
        list.add(scenario);
        Map<String, List<Touchpoint>> stored = new LinkedHashMap<>(map.scenarios().stored());
        stored.put(scenario.id(), copied);
        return map.withScenarios(map.scenarios().withList(list).withStored(stored)).showing(scenario.id());
    }
}
