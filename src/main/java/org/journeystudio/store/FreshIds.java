package org.journeystudio.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Scenario;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * Gives every element of a map a new id and rewrites every reference to match, so a copy (from a template, a
 * duplicate, an import) can live beside its original without a clash.
 */
public final class FreshIds {
    private FreshIds() {
    }

    /**
     * The same map with new ids from {@code idFor}, which is called with a prefix per kind of element
     * ("map", "stage", "lane", "segment", "persona", "tp") — e.g. {@link org.journeystudio.model.Ids#next}.
     */
    public static JourneyMap renew(JourneyMap map, Function<String, String> idFor) {
        return renewer(idFor).apply(map);
    }

    /**
     * Renews maps with one memory of old and new ids: an element found again in a later map (a version of the
     * same project) gets the id it got the first time, so a duplicate and its versions still match by id.
     */
    public static UnaryOperator<JourneyMap> renewer(Function<String, String> idFor) {
        Map<String, String> given = new HashMap<>();
        return map -> renew(map, (prefix, oldId) -> given.computeIfAbsent(prefix + ':' + oldId,
                key -> idFor.apply(prefix)));
    }

    /** {@code fresh} gives the new id of an element from its kind's prefix and its old id. */
    private static JourneyMap renew(JourneyMap map, BinaryOperator<String> fresh) {
        Map<String, String> stages = new HashMap<>();
        Map<String, String> lanes = new HashMap<>();
        Map<String, String> segments = new HashMap<>();
        List<Stage> newStages = map.stages().stream()
                .map(s -> new Stage(renamed(stages, s.id(), "stage", fresh), s.name(), s.description(), s.widthHint(),
                        s.paths()))
                .toList();
        List<Lane> newLanes = map.lanes().stream()
                .map(l -> new Lane(renamed(lanes, l.id(), "lane", fresh), l.kind(), l.title(), l.visible(), l.role()))
                .toList();
        List<Segment> newSegments = map.segments().stream()
                .map(s -> new Segment(renamed(segments, s.id(), "segment", fresh), s.name(), s.description(),
                        s.color(), s.share()))
                .toList();
        List<Persona> newPersonas = map.personas().stream()
                .map(p -> new Persona(fresh.apply("persona", p.id()), p.name(), p.description(), p.color(),
                        p.segmentId() == null ? null : segments.getOrDefault(p.segmentId(), p.segmentId()),
                        p.icon(), p.photo(), p.quote(), p.goals(), p.needs(), p.frustrations(), p.sharedId()))
                .toList();
        // Every scenario's touchpoints get new ids first, so the links between scenarios can follow them.
        Map<String, String> touchpoints = new HashMap<>();
        for (Scenario s : map.scenarios().list()) {
            map.touchpointsOf(s.id()).forEach(t -> renamed(touchpoints, t.id(), "tp", fresh));
        }
        Map<String, String> opportunities = opportunityIds(map, touchpoints, fresh);
        Function<List<String>, List<String>> linked = ids -> ids.stream().map(opportunities::get).toList();
        Function<List<Touchpoint>, List<Touchpoint>> renew = list -> list.stream()
                .map(t -> t.toBuilder()
                        .id(touchpoints.get(t.id()))
                        .stageId(stages.getOrDefault(t.stageId(), t.stageId()))
                        .laneId(lanes.getOrDefault(t.laneId(), t.laneId()))
                        .satisfaction(remappedKeys(t.satisfaction(), segments))
                        .origin(touchpoints.getOrDefault(t.origin(), t.origin()))
                        .links(t.withLinksRenamed(touchpoints).links())
                        .opportunityIds(linked.apply(t.opportunityIds()))
                        .painPoints(t.painPoints().stream()
                                .map(p -> p.withOpportunityIds(linked.apply(p.opportunityIds()))).toList())
                        .build())
                .toList();
        Map<String, List<Touchpoint>> stored = new LinkedHashMap<>();
        map.scenarios().stored().forEach((id, kept) -> stored.put(id, renew.apply(kept)));
        return new JourneyMap(fresh.apply("map", map.id()), map.title(), map.description(), map.scenario(),
                map.created(), map.modified(), map.scale(), newPersonas, newSegments, newStages, newLanes,
                renew.apply(map.touchpoints()), map.scenarios().withStored(stored),
                map.opportunities().stream().map(o -> o.withId(opportunities.get(o.id()))).toList());
    }

    /**
     * New ids of the opportunities: a touchpoint's note keeps the form of a note's id with the touchpoint's new id
     * (so the map still writes as notes, {@link Opportunity#noteId}), every other opportunity gets a fresh one.
     */
    private static Map<String, String> opportunityIds(JourneyMap map, Map<String, String> touchpoints,
                                                      BinaryOperator<String> fresh) {
        Map<String, String> renames = new HashMap<>();
        for (Scenario s : map.scenarios().list()) {
            for (Touchpoint t : map.touchpointsOf(s.id())) {
                for (int i = 0; i < t.opportunityIds().size(); i++) {
                    if (t.opportunityIds().get(i).equals(Opportunity.noteId(t.id(), i + 1))) {
                        renames.put(t.opportunityIds().get(i), Opportunity.noteId(touchpoints.get(t.id()), i + 1));
                    }
                }
            }
        }
        map.opportunities().forEach(o -> renames.computeIfAbsent(o.id(), id -> fresh.apply("opp", id)));
        return renames;
    }

    private static String renamed(Map<String, String> renames, String oldId, String prefix,
                                  BinaryOperator<String> fresh) {
        String newId = fresh.apply(prefix, oldId);
        renames.put(oldId, newId);
        return newId;
    }

    /** Keeps the ratings' order, which is the order files and exports list segments in. */
    private static Map<String, Double> remappedKeys(Map<String, Double> ratings, Map<String, String> segments) {
        Map<String, Double> remapped = new LinkedHashMap<>();
        ratings.forEach((segment, value) -> remapped.put(segments.getOrDefault(segment, segment), value));
        return remapped;
    }
}
