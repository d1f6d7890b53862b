package org.journeystudio.ratings;

import java.util.ArrayList;
import java.util.HashSet;
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
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.style.SegmentPalette;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.survey.Heatmap;

/**
 * Turns an imported heatmap into one map edit (one undo step): segments for labels the map lacks (palette
 * colours), touchpoints for rating columns that matched none (in the chosen stage), and every touchpoint's
 * satisfaction per segment set to the cell's mean, rescaled to the map's scale when the survey's differs.
 *
 * @param command       the edit to run, or null when there is nothing to change
 * @param touchpointIds per rating column, the touchpoint it rates after the edit
 * @param segmentIds    per segment label, the map segment it is
 */
public record RatingsToMap(MapCommand command, List<String> touchpointIds, Map<String, String> segmentIds) {

    /**
     * @param matched  per rating column, the touchpoint id chosen in the wizard; an id the map lacks (or null)
     *                 is created as a new touchpoint in {@code newStage}
     * @param newStage the stage new touchpoints go into
     */
    public static RatingsToMap of(JourneyMap map, SegmentHeatmap heatmap, List<String> matched, String newStage) {
        List<MapCommand> parts = new ArrayList<>();
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
        List<String> touchpointIds = new ArrayList<>();
        List<Touchpoint> added = new ArrayList<>();
        String lane = touchpointLane(map);
        for (int r = 0; r < heatmap.ratingNames().size(); r++) {
            String id = matched.get(r);
            String wanted = id;
            if (id == null || map.touchpoints().stream().noneMatch(t -> t.id().equals(wanted))) {
                if (newStage == null || lane == null) {
                    throw new IllegalArgumentException("'" + heatmap.ratingNames().get(r) + "' matches no touchpoint; "
                            + "choose a stage for new touchpoints (the map needs a stage and a touchpoint lane)");
                }
                Touchpoint touchpoint = Touchpoint.builder(id != null ? id : Ids.next("tp"), newStage, lane)
                        .title(heatmap.ratingNames().get(r)).build();
                added.add(touchpoint);
                id = touchpoint.id();
            }
            touchpointIds.add(id);
        }
        if (!added.isEmpty()) {
            parts.add(AddTouchpoints.into(newStage, lane, AddTouchpoints.AT_END, added,
                    "Add " + added.size() + " touchpoints from the survey"));
        }
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
            }
        }
        MapCommand command = parts.isEmpty() ? null
                : new CompositeCommand("Apply survey ratings", parts);
        return new RatingsToMap(command, touchpointIds, segmentIds);
    }


    private static String touchpointLane(JourneyMap map) {
        return map.lanes().stream().filter(l -> l.kind() == LaneKind.TOUCHPOINTS).map(Lane::id).findFirst()
                .orElse(null);
    }
}
