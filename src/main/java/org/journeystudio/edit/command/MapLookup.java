package org.journeystudio.edit.command;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/** Finds a map's parts by id for commands, failing with a message that names what is missing and where. */
public final class MapLookup {
    private MapLookup() {
    }

    public static Stage stage(JourneyMap map, String stageId) {
        return map.stage(stageId).orElseThrow(() -> missing("stage", stageId, map));
    }

    public static Lane lane(JourneyMap map, String laneId) {
        return map.lane(laneId).orElseThrow(() -> missing("lane", laneId, map));
    }

    /** A lane that can take cards (touchpoints, backstage, notes, custom), not one drawn from them. */
    public static Lane cardLane(JourneyMap map, String laneId) {
        Lane lane = lane(map, laneId);
        if (!lane.kind().holdsCards()) {
            throw new IllegalArgumentException("Lane '" + lane.title() + "' shows " + lane.kind().displayName()
                    + " drawn from the cards and cannot hold cards itself");
        }
        return lane;
    }

    public static Touchpoint touchpoint(JourneyMap map, String touchpointId) {
        return map.touchpoint(touchpointId).orElseThrow(() -> missing("touchpoint", touchpointId, map));
    }

    public static Segment segment(JourneyMap map, String segmentId) {
        return map.segment(segmentId).orElseThrow(() -> missing("segment", segmentId, map));
    }

    public static Scenario scenario(JourneyMap map, String scenarioId) {
        return map.scenarios().scenario(scenarioId).orElseThrow(() -> missing("scenario", scenarioId, map));
    }

    public static Persona persona(JourneyMap map, String personaId) {
        return map.personas().stream().filter(p -> p.id().equals(personaId)).findFirst()
                .orElseThrow(() -> missing("persona", personaId, map));
    }

    public static Opportunity opportunity(JourneyMap map, String opportunityId) {
        return map.opportunity(opportunityId).orElseThrow(() -> missing("opportunity", opportunityId, map));
    }

    /**
     * Journey order (stage, then lane, then order in the cell) as {@link JourneyMap#touchpointsInJourneyOrder()}
     * sorts, but with the stage and lane positions looked up once: sorting a few cards of a large map stays cheap.
     */
    public static Comparator<Touchpoint> journeyOrder(JourneyMap map) {
        Map<String, Integer> stageIndex = new HashMap<>();
        for (int i = 0; i < map.stages().size(); i++) {
            stageIndex.putIfAbsent(map.stages().get(i).id(), i);
        }
        Map<String, Integer> laneIndex = new HashMap<>();
        for (int i = 0; i < map.lanes().size(); i++) {
            laneIndex.putIfAbsent(map.lanes().get(i).id(), i);
        }
        return Comparator.comparingInt((Touchpoint tp) -> stageIndex.getOrDefault(tp.stageId(), Integer.MAX_VALUE))
                .thenComparingInt(tp -> laneIndex.getOrDefault(tp.laneId(), Integer.MAX_VALUE))
                .thenComparingInt(Touchpoint::order);
    }

    private static IllegalArgumentException missing(String what, String id, JourneyMap map) {
        return new IllegalArgumentException("There is no " + what + " '" + id + "' in map '"
                + (map.title().isEmpty() ? map.id() : map.title()) + "'");
    }
}
