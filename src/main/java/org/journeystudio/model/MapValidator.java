package org.journeystudio.model;

import org.journeystudio.i18n.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the rules that span several parts of a map: the {@link Limits} on texts and counts, unique ids,
 * touchpoints pointing at stages, lanes and segments that exist, ratings on the map's scale. Rules about one value alone live in the records themselves.
 */
public final class MapValidator {
    private MapValidator() {
    }

    public static List<ValidationProblem> validate(JourneyMap map) {
        List<ValidationProblem> problems = new ArrayList<>();
        // Alone and first: the other rules quote ids and names, and a message must not quote a 2 MB id.
        MapLimits.check(map, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        if (map.title().isEmpty()) {
            problems.add(new ValidationProblem("title", Messages.text("model.needsTitle")));
        }
        Set<String> stageIds = uniqueIds("stages", map.stages().stream().map(Stage::id).toList(), problems);
        map.stages().forEach(s -> uniqueIds("stages[" + s.id() + "].paths",
                s.paths().stream().map(StagePath::id).toList(), problems));
        Set<String> laneIds = uniqueIds("lanes", map.lanes().stream().map(Lane::id).toList(), problems);
        Set<String> segmentIds = uniqueIds("segments", map.segments().stream().map(Segment::id).toList(), problems);
        uniqueIds("personas", map.personas().stream().map(Persona::id).toList(), problems);
        Set<String> opportunityIds = uniqueIds("opportunities",
                map.opportunities().stream().map(Opportunity::id).toList(), problems);
        // Touchpoint ids are unique across scenarios: survey answers and rating origins name a touchpoint by id alone.
        List<String> touchpointIds = new ArrayList<>();
        map.scenarios().list().forEach(s -> map.touchpointsOf(s.id()).forEach(t -> touchpointIds.add(t.id())));
        uniqueIds("touchpoints", touchpointIds, problems);
        checkScenarios(map, problems);

        for (Persona persona : map.personas()) {
            if (persona.segmentId() != null && !segmentIds.contains(persona.segmentId())) {
                problems.add(new ValidationProblem("personas[" + persona.id() + "]",
                        Messages.text("model.personaSegmentMissing", persona.name(), persona.segmentId())));
            }
        }
        for (Scenario s : map.scenarios().list()) {
            List<Touchpoint> inScenario = map.touchpointsOf(s.id());
            Set<String> scenarioIds = new HashSet<>();
            inScenario.forEach(t -> scenarioIds.add(t.id()));
            for (Touchpoint tp : inScenario) {
                checkTouchpoint(map, tp, stageIds, laneIds, segmentIds, problems);
                checkLinks(tp, scenarioIds, problems);
                checkOpportunityLinks(tp, opportunityIds, problems);
            }
        }
        return problems;
    }

    /** Throws {@link InvalidMapException} listing every problem, or returns the map unchanged. */
    public static JourneyMap requireValid(JourneyMap map) {
        List<ValidationProblem> problems = validate(map);
        if (!problems.isEmpty()) {
            throw new InvalidMapException(problems);
        }
        return map;
    }

    private static void checkTouchpoint(JourneyMap map, Touchpoint tp, Set<String> stageIds, Set<String> laneIds,
                                        Set<String> segmentIds, List<ValidationProblem> problems) {
        String path = "touchpoints[" + tp.id() + "]";
        String name = tp.title().isEmpty() ? tp.id() : tp.title();
        if (!stageIds.contains(tp.stageId())) {
            problems.add(new ValidationProblem(path + ".stage",
                    Messages.text("model.stageMissing", name, tp.stageId())));
        }
        if (!tp.pathId().isEmpty() && map.stage(tp.stageId()).isPresent()
                && map.stage(tp.stageId()).get().path(tp.pathId()).isEmpty()) {
            problems.add(new ValidationProblem(path + ".path", Messages.text("model.pathMissing", name, tp.pathId(),
                    map.stage(tp.stageId()).get().name())));
        }
        if (!laneIds.contains(tp.laneId())) {
            problems.add(new ValidationProblem(path + ".lane",
                    Messages.text("model.laneMissing", name, tp.laneId())));
        }
        RatingScale scale = map.scale();
        for (Map.Entry<String, Double> rating : tp.satisfaction().entrySet()) {
            if (!segmentIds.contains(rating.getKey())) {
                problems.add(new ValidationProblem(path + ".satisfaction",
                        Messages.text("model.ratingSegmentMissing", name, rating.getKey())));
            } else if (rating.getValue() == null || !scale.contains(rating.getValue())) {
                problems.add(new ValidationProblem(path + ".satisfaction",
                        Messages.text("model.ratingOffScale", name, rating.getKey(), rating.getValue(), scale.label())));
            }
        }
        if (tp.expectedScore() != null && !scale.contains(tp.expectedScore())) {
            problems.add(new ValidationProblem(path + ".expectedScore",
                    Messages.text("model.expectedOffScale", name, tp.expectedScore(), scale.label())));
        }
    }

    /**
     * A link (a dependency or a connector) points at another touchpoint of the same scenario: arrows are drawn
     * within one scenario's map. Each problem's path names the link by its position, {@code links[0].to}.
     */
    private static void checkLinks(Touchpoint tp, Set<String> scenarioIds, List<ValidationProblem> problems) {
        String name = tp.title().isEmpty() ? tp.id() : tp.title();
        for (int i = 0; i < tp.links().size(); i++) {
            TouchpointLink link = tp.links().get(i);
            String path = "touchpoints[" + tp.id() + "].links[" + i + "].to";
            if (link.targetId().equals(tp.id())) {
                problems.add(new ValidationProblem(path,
                        Messages.text("model.linkedToItself", name)));
            } else if (!scenarioIds.contains(link.targetId())) {
                String kind = "model.link." + link.kind().name().toLowerCase(java.util.Locale.ROOT);
                problems.add(new ValidationProblem(path,
                        Messages.text("model.linkTargetMissing", name, Messages.text(kind), link.targetId())));
            }
        }
    }

    /** A scenario's basis is another scenario of the map, and following bases never comes back round. */
    private static void checkOpportunityLinks(Touchpoint tp, Set<String> opportunityIds,
                                              List<ValidationProblem> problems) {
        List<String> named = new ArrayList<>(tp.opportunityIds());
        tp.painPoints().forEach(p -> named.addAll(p.opportunityIds()));
        named.stream().filter(id -> !opportunityIds.contains(id)).distinct().forEach(id -> problems.add(
                new ValidationProblem("touchpoints[" + tp.id() + "].opportunities", Messages.text("model.opportunityMissing",
                        tp.title(), id))));
    }

    private static void checkScenarios(JourneyMap map, List<ValidationProblem> problems) {
        Scenarios scenarios = map.scenarios();
        for (Scenario s : scenarios.list()) {
            String path = "scenarios[" + s.id() + "]";
            if (s.derived() && scenarios.scenario(s.basisId()).isEmpty()) {
                problems.add(new ValidationProblem(path, Messages.text("model.basisMissing", ScenarioNames.shown(s),
                        s.basisId())));
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Scenario at = s; at != null && at.derived(); at = scenarios.scenario(at.basisId()).orElse(null)) {
                if (!seen.add(at.id())) {
                    problems.add(new ValidationProblem(path, Messages.text("model.derivedFromItself",
                            ScenarioNames.shown(s))));
                    break;
                }
            }
        }
    }

    private static Set<String> uniqueIds(String what, List<String> ids, List<ValidationProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                problems.add(new ValidationProblem(what, Messages.text("model.idTwice", id, what)));
            }
        }
        return seen;
    }
}
