package org.journeystudio.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One journey-map project: its stages (columns), lanes (rows), touchpoints (cards), segments and personas.
 * Immutable; every change makes a new map, which is what lets undo/redo and incremental saving stay simple.
 *
 * <p>{@code scenario} is the situation the map describes ("Buying a phone online"); {@code scenarios} are the
 * states of its touchpoints (as-is, to-be…), of which {@code touchpoints} are the shown one's. {@code opportunities}
 * are the map's action plan, shared by every scenario: touchpoints and pain points link to them by id.
 */
public record JourneyMap(
        String id,
        String title,
        String description,
        String scenario,
        Instant created,
        Instant modified,
        RatingScale scale,
        List<Persona> personas,
        List<Segment> segments,
        List<Stage> stages,
        List<Lane> lanes,
        List<Touchpoint> touchpoints,
        Scenarios scenarios,
        List<Opportunity> opportunities) {

    public JourneyMap {
        id = Checks.id(id, "map");
        title = Checks.text(title);
        description = Checks.text(description);
        scenario = Checks.text(scenario);
        created = created == null ? Instant.EPOCH : created;
        modified = modified == null ? created : modified;
        scale = scale == null ? RatingScale.ONE_TO_FIVE : scale;
        personas = personas == null ? List.of() : List.copyOf(personas);
        segments = segments == null ? List.of() : List.copyOf(segments);
        stages = stages == null ? List.of() : List.copyOf(stages);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
        touchpoints = touchpoints == null ? List.of() : List.copyOf(touchpoints);
        scenarios = scenarios == null ? Scenarios.single() : scenarios;
        opportunities = opportunities == null ? List.of() : List.copyOf(opportunities);
    }

    /** A map with the one "As-is" scenario every map starts with. */
    public JourneyMap(String id, String title, String description, String scenario, Instant created, Instant modified,
                      RatingScale scale, List<Persona> personas, List<Segment> segments, List<Stage> stages,
                      List<Lane> lanes, List<Touchpoint> touchpoints) {
        this(id, title, description, scenario, created, modified, scale, personas, segments, stages, lanes,
                touchpoints, Scenarios.single(), List.of());
    }

    /** An empty map with the usual lanes, ready for its first stage. */
    public static JourneyMap blank(String id, String title, Instant now) {
        List<Lane> lanes = new ArrayList<>();
        for (LaneKind kind : List.of(LaneKind.TOUCHPOINTS, LaneKind.CHANNEL, LaneKind.EMOTION,
                LaneKind.EXPECTATIONS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES)) {
            lanes.add(new Lane("lane-" + kind.name().toLowerCase().replace('_', '-'), kind, kind.displayName(), true));
        }
        return new JourneyMap(id, title, "", "", now, now, RatingScale.ONE_TO_FIVE,
                List.of(), List.of(), List.of(), lanes, List.of());
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    public Optional<Lane> lane(String laneId) {
        return lanes.stream().filter(l -> l.id().equals(laneId)).findFirst();
    }

    public Optional<Touchpoint> touchpoint(String touchpointId) {
        return touchpoints.stream().filter(t -> t.id().equals(touchpointId)).findFirst();
    }

    public Optional<Segment> segment(String segmentId) {
        return segments.stream().filter(s -> s.id().equals(segmentId)).findFirst();
    }

    /** Touchpoints of one cell, in their order. */
    public List<Touchpoint> touchpointsIn(String stageId, String laneId) {
        return touchpoints.stream()
                .filter(t -> t.stageId().equals(stageId) && t.laneId().equals(laneId))
                .sorted(Comparator.comparingInt(Touchpoint::order))
                .toList();
    }

    /**
     * Touchpoints in journey order: by stage, then lane, then order in the cell. This is the order of the
     * emotion curve and of heatmap rows.
     */
    public List<Touchpoint> touchpointsInJourneyOrder() {
        List<Touchpoint> ordered = new ArrayList<>(touchpoints);
        ordered.sort(Comparator
                .comparingInt((Touchpoint t) -> indexOfStage(t.stageId()))
                .thenComparingInt(t -> indexOfLane(t.laneId()))
                .thenComparingInt(Touchpoint::order));
        return ordered;
    }

    /**
     * The touchpoints the customer meets, in journey order: cards of customer-facing lanes in existing stages.
     * The emotion curve, the derived lanes and the heatmap rows show these; backstage steps and notes stay out.
     */
    public List<Touchpoint> customerTouchpoints() {
        return touchpointsInJourneyOrder().stream()
                .filter(t -> stage(t.stageId()).isPresent())
                .filter(t -> lane(t.laneId()).map(l -> l.kind().isCustomerFacing()).orElse(false))
                .toList();
    }

    public int indexOfStage(String stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    public int indexOfLane(String laneId) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).id().equals(laneId)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    public JourneyMap withTitle(String newTitle) {
        return new JourneyMap(id, newTitle, description, scenario, created, modified, scale,
                personas, segments, stages, lanes, touchpoints, scenarios, opportunities);
    }

    public JourneyMap withId(String newId) {
        return new JourneyMap(newId, title, description, scenario, created, modified, scale,
                personas, segments, stages, lanes, touchpoints, scenarios, opportunities);
    }

    public JourneyMap withTimes(Instant newCreated, Instant newModified) {
        return new JourneyMap(id, title, description, scenario, newCreated, newModified, scale,
                personas, segments, stages, lanes, touchpoints, scenarios, opportunities);
    }

    public JourneyMap withStages(List<Stage> newStages) {
        return new JourneyMap(id, title, description, scenario, created, modified, scale,
                personas, segments, newStages, lanes, touchpoints, fitted(scenarios, newStages, lanes, segments),
                opportunities);
    }

    public JourneyMap withLanes(List<Lane> newLanes) {
        return new JourneyMap(id, title, description, scenario, created, modified, scale,
                personas, segments, stages, newLanes, touchpoints, fitted(scenarios, stages, newLanes, segments),
                opportunities);
    }

    /** Links to touchpoints not in the new list (deleted, cut, pasted from elsewhere) are dropped with them. */
    public JourneyMap withTouchpoints(List<Touchpoint> newTouchpoints) {
        return new JourneyMap(id, title, description, scenario, created, modified, scale,
                personas, segments, stages, lanes, linksResolved(newTouchpoints), scenarios, opportunities);
    }

    private static List<Touchpoint> linksResolved(List<Touchpoint> list) {
        if (list.stream().allMatch(t -> t.links().isEmpty())) {
            return list;
        }
        Set<String> ids = new HashSet<>();
        list.forEach(t -> ids.add(t.id()));
        return list.stream().map(t -> t.withLinksAmong(ids)).toList();
    }

    public JourneyMap withSegments(List<Segment> newSegments) {
        return new JourneyMap(id, title, description, scenario, created, modified, scale,
                personas, newSegments, stages, lanes, touchpoints, fitted(scenarios, stages, lanes, newSegments),
                opportunities);
    }

    public JourneyMap withPersonas(List<Persona> newPersonas) {
        return new JourneyMap(id, title, description, scenario, created, modified, scale,
                newPersonas, segments, stages, lanes, touchpoints, scenarios, opportunities);
    }

    public JourneyMap withScenarios(Scenarios newScenarios) {
        return new JourneyMap(id, title, description, scenario, created, modified, scale,
                personas, segments, stages, lanes, touchpoints, newScenarios, opportunities);
    }

    /** The touchpoints of one scenario: the map's own for the shown one, the kept ones for the others. */
    public List<Touchpoint> touchpointsOf(String scenarioId) {
        if (scenarioId.equals(scenarios.activeId())) {
            return touchpoints;
        }
        List<Touchpoint> kept = scenarios.stored().get(scenarioId);
        if (kept == null) {
            throw new IllegalArgumentException("This map has no scenario '" + scenarioId + "'");
        }
        return kept;
    }

    /**
     * This map showing another of its scenarios: the shown touchpoints are kept under the scenario they belong
     * to and the other's become the map's.
     */
    public JourneyMap showing(String scenarioId) {
        if (scenarioId.equals(scenarios.activeId())) {
            return this;
        }
        List<Touchpoint> next = touchpointsOf(scenarioId);
        Map<String, List<Touchpoint>> stored = new LinkedHashMap<>(scenarios.stored());
        stored.remove(scenarioId);
        stored.put(scenarios.activeId(), touchpoints);
        return new JourneyMap(id, title, description, scenario, created, modified, scale, personas, segments, stages,
                lanes, next, new Scenarios(scenarioId, scenarios.list(), stored), opportunities);
    }

    /**
     * The kept scenarios' touchpoints follow the map's stages, lanes and segments: a deleted stage or lane takes
     * their touchpoints there with it, a deleted segment their ratings, as it does the shown scenario's, and a
     * removed path sends its cards to their stage's main track. Undo brings them back with the rest of the map.
     */
    private static Scenarios fitted(Scenarios scenarios, List<Stage> stages, List<Lane> lanes, List<Segment> segments) {
        if (scenarios.stored().isEmpty()) {
            return scenarios;
        }
        Set<String> stageIds = new HashSet<>();
        stages.forEach(s -> stageIds.add(s.id()));
        Set<String> pathKeys = new HashSet<>();
        stages.forEach(s -> s.paths().forEach(p -> pathKeys.add(s.id() + '\n' + p.id())));
        Set<String> laneIds = new HashSet<>();
        lanes.forEach(l -> laneIds.add(l.id()));
        Set<String> segmentIds = new HashSet<>();
        segments.forEach(s -> segmentIds.add(s.id()));
        Map<String, List<Touchpoint>> stored = new LinkedHashMap<>();
        scenarios.stored().forEach((scenarioId, kept) -> stored.put(scenarioId, linksResolved(kept.stream()
                .filter(t -> stageIds.contains(t.stageId()) && laneIds.contains(t.laneId()))
                .map(t -> segmentIds.containsAll(t.satisfaction().keySet()) ? t : withoutRatingsOf(t, segmentIds))
                .map(t -> t.pathId().isEmpty() || pathKeys.contains(t.stageId() + '\n' + t.pathId()) ? t
                        : t.onPath(""))
                .toList())));
        return scenarios.withStored(stored);
    }

    private static Touchpoint withoutRatingsOf(Touchpoint t, Set<String> segmentIds) {
        Map<String, Double> rated = new LinkedHashMap<>(t.satisfaction());
        rated.keySet().retainAll(segmentIds);
        return t.toBuilder().satisfaction(rated).build();
    }

    public JourneyMap withOpportunities(List<Opportunity> newOpportunities) {
        return new JourneyMap(id, title, description, scenario, created, modified, scale,
                personas, segments, stages, lanes, touchpoints, scenarios, newOpportunities);
    }

    public Optional<Opportunity> opportunity(String opportunityId) {
        return opportunities.stream().filter(o -> o.id().equals(opportunityId)).findFirst();
    }

    /**
     * The opportunities that address a touchpoint, as its notes in the opportunities lane show them: those it names
     * as a whole, then those of its pain points, each once.
     */
    public List<Opportunity> opportunitiesAt(Touchpoint touchpoint) {
        List<String> ids = new ArrayList<>(touchpoint.opportunityIds());
        touchpoint.painPoints().forEach(p -> ids.addAll(p.opportunityIds()));
        return ids.stream().distinct().map(this::opportunity).flatMap(Optional::stream).toList();
    }

    /** The shown scenario's touchpoints an opportunity addresses, itself or through a pain point, in journey order. */
    public List<Touchpoint> touchpointsAddressedBy(String opportunityId) {
        return touchpointsInJourneyOrder().stream().filter(t -> t.addressedBy(opportunityId)).toList();
    }

    /** Replaces the touchpoint with the same id. */
    public JourneyMap withTouchpoint(Touchpoint changed) {
        return withTouchpoints(touchpoints.stream().map(t -> t.id().equals(changed.id()) ? changed : t).toList());
    }
}
