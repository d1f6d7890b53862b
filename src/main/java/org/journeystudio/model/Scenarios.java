package org.journeystudio.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeystudio.i18n.Messages;

/**
 * The scenarios of a map, in the order the user gave them, and which one the map shows. The shown (active)
 * scenario's touchpoints are the map's own {@link JourneyMap#touchpoints()}, so everything that reads a map
 * (canvas, heatmap, exports) works on it unchanged; the others' touchpoints are kept here.
 *
 * @param activeId the scenario the map shows
 * @param list     every scenario, the active one included, in display order
 * @param stored   scenario id → touchpoints, for every scenario but the active one
 */
public record Scenarios(String activeId, List<Scenario> list, Map<String, List<Touchpoint>> stored) {
    /** The id of the scenario every map has until the user adds another. */
    public static final String FIRST_ID = "as-is";

    public Scenarios {
        list = list == null || list.isEmpty() ? List.of(new Scenario(FIRST_ID, Scenario.AS_IS, "")) : List.copyOf(list);
        activeId = activeId == null || activeId.isEmpty() ? list.get(0).id() : activeId;
        String active = activeId;
        if (list.stream().noneMatch(s -> s.id().equals(active))) {
            throw new IllegalArgumentException(Messages.text("model.activeScenarioMissing", activeId));
        }
        if (list.stream().map(Scenario::id).distinct().count() != list.size()) {
            throw new IllegalArgumentException(Messages.text("model.scenarioIdTwice"));
        }
        Map<String, List<Touchpoint>> copy = new LinkedHashMap<>();
        for (Scenario s : list) {
            if (!s.id().equals(activeId)) {
                List<Touchpoint> kept = stored == null ? null : stored.get(s.id());
                copy.put(s.id(), kept == null ? List.of() : List.copyOf(kept));
            }
        }
        stored = java.util.Collections.unmodifiableMap(copy);
    }

    /** One "As-is" scenario, shown: what every map had before scenarios existed. */
    public static Scenarios single() {
        return new Scenarios(FIRST_ID, List.of(), Map.of());
    }

    public Scenario active() {
        return scenario(activeId).orElseThrow();
    }

    public Optional<Scenario> scenario(String scenarioId) {
        return list.stream().filter(s -> s.id().equals(scenarioId)).findFirst();
    }

    /**
     * The scenario called {@code name} (case aside): by its stored name first, else by a default name in any
     * language the studio speaks ({@link ScenarioNames#names}).
     */
    public Optional<Scenario> named(String name) {
        return list.stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst()
                .or(() -> list.stream().filter(s -> ScenarioNames.names(s, name)).findFirst());
    }

    /** Whether the map has only the one scenario it starts with (then files and screens need not mention any). */
    public boolean isSingle() {
        return list.size() == 1 && list.get(0).equals(new Scenario(FIRST_ID, Scenario.AS_IS, ""));
    }

    public Scenarios withList(List<Scenario> newList) {
        return new Scenarios(activeId, newList, stored);
    }

    public Scenarios withStored(Map<String, List<Touchpoint>> newStored) {
        return new Scenarios(activeId, list, newStored);
    }
}
