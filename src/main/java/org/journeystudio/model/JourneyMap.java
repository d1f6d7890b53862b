package org.journeystudio.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One journey-map project: its stages (columns), lanes (rows), touchpoints (cards), segments and personas.
 * Immutable; every change makes a new map, which is what lets undo/redo and incremental saving stay simple.
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
        List<Touchpoint> touchpoints) {

    public JourneyMap {
        id = Checks.id(id, "journey map");
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
                personas, segments, stages, lanes, touchpoints);
    }

    public JourneyMap withId(String newId) {
        return new JourneyMap(newId, title, description, scenario, created, modified, scale,
                personas, segments, stages, lanes, touchpoints);
    }

    public JourneyMap withTimes(Instant newCreated, Instant newModified) {
        return new JourneyMap(id, title, description, scenario, newCreated, newModified, scale,
                personas, segments, stages, lanes, touchpoints);
    }

    public JourneyMap withStages(List<Stage> newStages) {
        return new JourneyMap(id, title, description, scenario, created, modified, scale,
                personas, segments, newStages, lanes, touchpoints);
    }

    public JourneyMap withLanes(List<Lane> newLanes) {
        return new JourneyMap(id, title, description, scenario, created, modified, scale,
                personas, segments, stages, newLanes, touchpoints);
    }

    public JourneyMap withTouchpoints(List<Touchpoint> newTouchpoints) {
        return new JourneyMap(id, title, description, scenario, created, modified, scale,
                personas, segments, stages, lanes, newTouchpoints);
    }

    public JourneyMap withSegments(List<Segment> newSegments) {
        return new JourneyMap(id, title, description, scenario, created, modified, scale,
                personas, newSegments, stages, lanes, touchpoints);
    }

    public JourneyMap withPersonas(List<Persona> newPersonas) {
        return new JourneyMap(id, title, description, scenario, created, modified, scale,
                newPersonas, segments, stages, lanes, touchpoints);
    }

    /** Replaces the touchpoint with the same id. */
    public JourneyMap withTouchpoint(Touchpoint changed) {
        return withTouchpoints(touchpoints.stream().map(t -> t.id().equals(changed.id()) ? changed : t).toList());
    }
}
