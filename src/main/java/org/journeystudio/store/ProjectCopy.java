package org.journeystudio.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * A duplicate of a project with fresh ids for the project and every element, and every reference between
 * elements (touchpoint → stage, lane, segment; persona → segment) pointed at the copies.
 */
final class ProjectCopy {
    private final Map<String, String> segmentIds = new HashMap<>();
    private final Map<String, String> stageIds = new HashMap<>();
    private final Map<String, String> laneIds = new HashMap<>();

    private ProjectCopy() {
    }

    static JourneyMap of(JourneyMap original, String newTitle, Instant now) {
        return new ProjectCopy().copy(original, newTitle, now);
    }

    private JourneyMap copy(JourneyMap original, String newTitle, Instant now) {
        List<Segment> segments = original.segments().stream()
                .map(s -> new Segment(fresh(segmentIds, s.id(), "segment"), s.name(), s.description(), s.color()))
                .toList();
        List<Stage> stages = original.stages().stream()
                .map(s -> new Stage(fresh(stageIds, s.id(), "stage"), s.name(), s.description(), s.widthHint()))
                .toList();
        List<Lane> lanes = original.lanes().stream()
                .map(l -> new Lane(fresh(laneIds, l.id(), "lane"), l.kind(), l.title(), l.visible()))
                .toList();
        List<Persona> personas = original.personas().stream()
                .map(p -> new Persona(Ids.next("persona"), p.name(), p.description(), p.color(),
                        p.segmentId() == null ? null : segmentIds.get(p.segmentId())))
                .toList();
        List<Touchpoint> touchpoints = original.touchpoints().stream().map(this::copy).toList();
        return new JourneyMap(Ids.next("map"), newTitle, original.description(), original.scenario(), now, now,
                original.scale(), personas, segments, stages, lanes, touchpoints);
    }

    private Touchpoint copy(Touchpoint t) {
        Map<String, Double> satisfaction = new LinkedHashMap<>();
        t.satisfaction().forEach((segmentId, rating) -> satisfaction.put(segmentIds.get(segmentId), rating));
        return t.toBuilder()
                .id(Ids.next("tp"))
                .stageId(stageIds.get(t.stageId()))
                .laneId(laneIds.get(t.laneId()))
                .satisfaction(satisfaction)
                .build();
    }

    private static String fresh(Map<String, String> ids, String oldId, String prefix) {
        String newId = Ids.next(prefix);
        ids.put(oldId, newId);
        return newId;
    }
}
