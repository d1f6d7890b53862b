package org.journeystudio.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Scenarios;
import org.journeystudio.model.Touchpoint;

/**
 * Reads a map's {@code "scenarios"} object (format version 2): which scenario the map's touchpoints belong to,
 * and every scenario with its name, basis and, for those not shown, its touchpoints.
 */
final class ScenariosReader {
    /** Reads a list of touchpoints; the current token is its opening bracket. */
    @FunctionalInterface
    interface TouchpointList {
        List<Touchpoint> read() throws JourneyFormatException;
    }

    private static final List<String> FIELDS = List.of("active", "list");
    private static final List<String> SCENARIO_FIELDS = List.of("id", "name", "basis", "touchpoints");

    private final JsonCursor in;
    private final TouchpointList touchpoints;

    ScenariosReader(JsonCursor in, TouchpointList touchpoints) {
        this.in = in;
        this.touchpoints = touchpoints;
    }

    Scenarios read() throws JourneyFormatException {
        if (in.isNull()) {
            return Scenarios.single();
        }
        in.expectObject("scenarios");
        JsonLocation start = in.here();
        String active = null;
        JsonLocation activeAt = start;
        List<Scenario> list = new ArrayList<>();
        Map<String, List<Touchpoint>> stored = new LinkedHashMap<>();
        Map<String, JsonLocation> listedAt = new LinkedHashMap<>();
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            switch (field.get()) {
                case "active" -> {
                    activeAt = in.here();
                    active = in.id("active");
                }
                case "list" -> list = list(stored, listedAt);
                default -> throw in.unknownField(field.get(), JsonElement.SCENARIOS, FIELDS);
            }
        }
        if (list.isEmpty()) {
            throw in.missing(start, JsonElement.SCENARIOS, "list");
        }
        String shown = active == null ? list.get(0).id() : active;
        if (list.stream().noneMatch(s -> s.id().equals(shown))) {
            throw in.problem(activeAt, Messages.text("journeyfile.activeNotListed", shown));
        }
        if (stored.containsKey(shown)) {
            throw in.problem(listedAt.get(shown), Messages.text("journeyfile.activeListsTouchpoints", shown));
        }
        return new Scenarios(shown, list, stored);
    }

    private List<Scenario> list(Map<String, List<Touchpoint>> stored, Map<String, JsonLocation> listedAt)
            throws JourneyFormatException {
        in.expectArray("list");
        List<Scenario> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        while (in.nextElement()) {
            in.expectObject(JsonElement.SCENARIO);
            JsonLocation start = in.here();
            String id = null;
            String name = null;
            String basis = null;
            List<Touchpoint> own = null;
            JsonLocation ownAt = start;
            for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
                switch (field.get()) {
                    case "id" -> id = in.id("id");
                    case "name" -> name = in.optionalText("name");
                    case "basis" -> basis = in.optionalText("basis");
                    case "touchpoints" -> {
                        ownAt = in.here();
                        own = touchpoints.read();
                    }
                    default -> throw in.unknownField(field.get(), JsonElement.SCENARIO, SCENARIO_FIELDS);
                }
            }
            if (id == null) {
                throw in.missing(start, JsonElement.SCENARIO, "id");
            }
            if (!ids.add(id)) {
                throw in.problem(start, Messages.text("journeyfile.scenarioIdTwice", id));
            }
            String scenarioId = id;
            String scenarioName = name;
            String basisId = basis;
            list.add(in.build(start, () -> new Scenario(scenarioId, scenarioName, basisId)));
            if (own != null) {
                stored.put(id, own);
                listedAt.put(id, ownAt);
            }
        }
        return list;
    }
}
