package org.journeystudio.ratings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.journeystudio.edit.CompositeCommand;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.AddSegment;
import org.journeystudio.edit.command.AddTouchpoints;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.style.SegmentPalette;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.survey.Heatmap;

/**
 * Turns an imported heatmap into one map edit (one undo step): segments for labels the map lacks (palette
 * colours), touchpoints for rating columns that matched none (each in its chosen stage and lane), every touchpoint's
 * satisfaction per segment set to the cell's mean, rescaled to the map's scale when the survey's differs, and the
 * touchpoints rated (new ones too) marked as {@link Evidence#OBSERVED observed}.
 *
 * @param command       the edit to run, or null when there is nothing to change
 * @param touchpointIds per rating column, the touchpoint it rates after the edit
 * @param segmentIds    per segment label, the map segment it is
 */
public record RatingsToMap(MapCommand command, List<String> touchpointIds, Map<String, String> segmentIds) {

    /**
     * @param matched per rating column, the touchpoint id chosen in the wizard; an id the map lacks (or null)
     *                is created as a new touchpoint
     * @param places  per rating column, where its new touchpoint goes; null (or a null entry): the place
     *                {@link NewTouchpointPlace#proposed proposed} for its name
     */
    public static RatingsToMap of(JourneyMap map, SegmentHeatmap heatmap, List<String> matched,
                                  List<NewTouchpointPlace> places) {
        List<MapCommand> parts = new ArrayList<>();
        Map<String, String> segmentIds = segments(map, heatmap, parts);
        List<String> touchpointIds = new ArrayList<>();
        Map<NewTouchpointPlace, List<Touchpoint>> added = new LinkedHashMap<>();
        for (int r = 0; r < heatmap.ratingNames().size(); r++) {
            String id = matched.get(r);
            String wanted = id;
            if (id == null || map.touchpoints().stream().noneMatch(t -> t.id().equals(wanted))) {
                String name = heatmap.ratingNames().get(r);
                NewTouchpointPlace place = placeOnMap(map, places == null || r >= places.size() ? null : places.get(r), name);
                Touchpoint touchpoint = Touchpoint.builder(id != null ? id : Ids.next("tp"), place.stageId(),
                        place.laneId()).title(name).evidence(Evidence.OBSERVED).build();
                added.computeIfAbsent(place, p -> new ArrayList<>()).add(touchpoint);
                id = touchpoint.id();
            }
            touchpointIds.add(id);
        }
        added.forEach((place, cards) -> parts.add(AddTouchpoints.into(place.stageId(), place.laneId(),
                AddTouchpoints.AT_END, cards, "Add " + cards.size() + " touchpoints from the survey")));
        Set<String> rated = new LinkedHashSet<>();
        for (int r = 0; r < touchpointIds.size(); r++) {
            for (Map.Entry<String, String> segment : segmentIds.entrySet()) {
                CellStatistics cell = heatmap.cell(r, segment.getKey());
                if (cell.n() == 0) {
                    continue;
                }
                double rating = HeatmapMeasure.rescale(cell.mean(), heatmap.scales().get(r), map.scale());
                parts.add(new SetTouchpointField<>(Set.of(touchpointIds.get(r)),
                        TouchpointField.satisfaction(segment.getValue()), Math.round(rating * 100) / 100.0,
                        "Set satisfaction"));
                rated.add(touchpointIds.get(r));
            }
        }
        // Ratings from respondents are research, not the team's guess: an assumed card they rate is now observed.
        Set<String> assumed = new LinkedHashSet<>();
        map.touchpoints().stream().filter(t -> rated.contains(t.id()) && t.evidence() == Evidence.ASSUMED)
                .forEach(t -> assumed.add(t.id()));
        if (!assumed.isEmpty()) {
            parts.add(new SetTouchpointField<>(assumed, TouchpointField.EVIDENCE, Evidence.OBSERVED,
                    "Mark survey-rated touchpoints as observed"));
        }
        MapCommand command = parts.isEmpty() ? null
                : new CompositeCommand("Apply survey ratings", parts);
        return new RatingsToMap(command, touchpointIds, segmentIds);
    }

    /** A map segment per heatmap label: the map's own when the names match, else a new one (added to parts). */
    private static Map<String, String> segments(JourneyMap map, SegmentHeatmap heatmap, List<MapCommand> parts) {
        Map<String, String> segmentIds = new LinkedHashMap<>();
        Set<String> colours = new HashSet<>();
        map.segments().forEach(s -> colours.add(s.color()));
        int created = 0;
        for (String label : heatmap.segments()) {
            if (label.equals(Heatmap.ALL)) {
                continue;
            }
            Segment existing = map.segments().stream()
                    .filter(s -> s.name().trim().toLowerCase(Locale.ROOT).equals(label.trim().toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (existing == null) {
                String colour = SegmentPalette.next(colours, created++);
                colours.add(colour);
                existing = new Segment(Ids.next("seg"), label, "From a survey import", colour);
                parts.add(AddSegment.of(existing, AddSegment.AT_END));
            }
            segmentIds.put(label, existing.id());
        }
        return segmentIds;
    }

    /** {@code chosen}, or the place proposed for {@code name} when there is no choice. */
    private static NewTouchpointPlace placeOnMap(JourneyMap map, NewTouchpointPlace chosen, String name) {
        if (chosen != null) {
            return chosen;
        }
        NewTouchpointPlace proposed = NewTouchpointPlace.proposed(name, map);
        if (proposed == null) {
            throw new IllegalArgumentException("'" + name + "' matches no touchpoint and the map has "
                    + (map.stages().isEmpty() ? "no stage" : "no lane for touchpoints")
                    + " to add it to; add one, or match the column to a touchpoint");
        }
        return proposed;
    }
}
