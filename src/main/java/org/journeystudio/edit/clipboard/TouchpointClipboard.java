package org.journeystudio.edit.clipboard;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.journeystudio.edit.command.AddTouchpoints;
import org.journeystudio.edit.command.MapLookup;
import org.journeystudio.edit.command.RemoveTouchpoints;
import org.journeystudio.edit.command.SetRatingScale;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;

/**
 * Copied cards as plain data, independent of the map they came from, so they can be pasted into any map,
 * also of another project. Holds what a paste needs to carry ratings over: the names of the segments that
 * gave them and the scale they were given on.
 *
 * @param touchpoints  the copied cards in journey order, with their original ids
 * @param segmentNames segment id → name, for every segment that rated a copied card
 * @param scale        the rating scale of the map they were copied from
 * @param opportunities the opportunities the copied cards (or their pain points) link to: a paste into another map
 *                      adds those it lacks
 * @param paths        path id → name, for every path a copied card is on, so a paste into another project finds
 *                     the path of the same name
 */
public record TouchpointClipboard(List<Touchpoint> touchpoints, Map<String, String> segmentNames,
                                  RatingScale scale, List<Opportunity> opportunities, Map<String, String> paths) {

    public TouchpointClipboard {
        touchpoints = List.copyOf(Objects.requireNonNull(touchpoints, "touchpoints"));
        segmentNames = Map.copyOf(Objects.requireNonNull(segmentNames, "segmentNames"));
        Objects.requireNonNull(scale, "scale");
        opportunities = opportunities == null ? List.of() : List.copyOf(opportunities);
        paths = paths == null ? Map.of() : Map.copyOf(paths);
    }

    public TouchpointClipboard(List<Touchpoint> touchpoints, Map<String, String> segmentNames, RatingScale scale) {
        this(touchpoints, segmentNames, scale, List.of(), Map.of());
    }

    /** Copies the given cards of the map (in journey order, whatever order the ids come in). */
    public static TouchpointClipboard copy(JourneyMap map, Collection<String> touchpointIds) {
        Set<String> wanted = new HashSet<>(touchpointIds);
        wanted.forEach(id -> MapLookup.touchpoint(map, id));
        List<Touchpoint> cards = map.touchpoints().stream().filter(tp -> wanted.contains(tp.id()))
                .sorted(MapLookup.journeyOrder(map)).toList();
        Map<String, String> names = new LinkedHashMap<>();
        for (Touchpoint card : cards) {
            for (String segmentId : card.satisfaction().keySet()) {
                map.segment(segmentId).ifPresent(s -> names.put(s.id(), s.name()));
            }
        }
        Map<String, String> paths = new LinkedHashMap<>();
        for (Touchpoint card : cards) {
            map.stage(card.stageId()).flatMap(s -> s.path(card.pathId()))
                    .ifPresent(p -> paths.put(p.id(), p.name()));
        }
        return new TouchpointClipboard(cards, names, map.scale(), map.opportunities().stream()
                .filter(o -> cards.stream().anyMatch(card -> card.addressedBy(o.id()))).toList(), paths);
    }

    /** The command that deletes the copied cards, worded as the Edit menu's "Cut". */
    public static RemoveTouchpoints cut(JourneyMap map, Collection<String> touchpointIds) {
        Set<String> ids = Set.copyOf(touchpointIds);
        RemoveTouchpoints remove = RemoveTouchpoints.of(map, ids);
        return new RemoveTouchpoints(ids, remove.description().replaceFirst("^Delete", "Cut"));
    }

    public boolean isEmpty() {
        return touchpoints.isEmpty();
    }

    /** Pastes into a cell of {@code target} before the card at {@code index}; new cards get fresh ids. */
    public AddTouchpoints pasteInto(JourneyMap target, String stageId, String laneId, int index) {
        return pasteInto(target, stageId, laneId, index, () -> Ids.next("tp"));
    }

    /**
     * As {@link #pasteInto(JourneyMap, String, String, int)}, with the new ids taken from {@code freshIds}.
     * A rating is kept only where the target map has its segment, found by id, else by name (ignoring
     * case); it is converted to the target map's scale. The expected score is converted likewise.
     */
    public AddTouchpoints pasteInto(JourneyMap target, String stageId, String laneId, int index,
                                    Supplier<String> freshIds) {
        if (isEmpty()) {
            throw new IllegalStateException("The clipboard holds no touchpoints to paste");
        }
        Map<String, String> segmentMapping = segmentMapping(target);
        // Links between copied cards follow them to their new ids; links to cards left behind stay only where
        // the target map has those cards (pasting into the same map), see JourneyMap#withTouchpoints.
        Map<String, String> newIds = new LinkedHashMap<>();
        touchpoints.forEach(card -> newIds.put(card.id(), freshIds.get()));
        List<Touchpoint> pasted = touchpoints.stream().map(card -> card.withLinksRenamed(newIds)).map(card -> {
            Map<String, Double> ratings = new LinkedHashMap<>();
            // Two passes: a rating whose segment matched by id wins over one that only matched by name.
            for (boolean byId : new boolean[] {true, false}) {
                card.satisfaction().forEach((segmentId, rating) -> {
                    String targetId = segmentMapping.get(segmentId);
                    if (targetId != null && rating != null && targetId.equals(segmentId) == byId
                            && !ratings.containsKey(targetId)) {
                        ratings.put(targetId, SetRatingScale.convert(rating, scale, target.scale()));
                    }
                });
            }
            Double expected = card.expectedScore() == null ? null
                    : SetRatingScale.convert(card.expectedScore(), scale, target.scale());
            // A pasted card is new where it lands: it is nobody's copy in the scenario derived from another.
            return card.toBuilder().id(newIds.get(card.id())).stageId(stageId).laneId(laneId)
                    .pathId(pathWhereLanding(card, target, stageId))
                    .satisfaction(ratings).expectedScore(expected).origin("").build();
        }).toList();
        String what = pasted.size() == 1 ? "'" + titleOr(pasted.get(0)) + "'" : pasted.size() + " touchpoints";
        return AddTouchpoints.into(stageId, laneId, index, pasted, "Paste " + what).withOpportunities(opportunities);
    }

    /**
     * The card keeps its path where the stage it lands in has it, by id, else by name (another project's
     * "Click &amp; collect"); otherwise it goes to the stage's main track.
     */
    private String pathWhereLanding(Touchpoint card, JourneyMap target, String stageId) {
        if (card.pathId().isEmpty()) {
            return "";
        }
        String name = paths.getOrDefault(card.pathId(), "");
        return target.stage(stageId).flatMap(stage -> stage.path(card.pathId()).or(() -> stage.paths().stream()
                        .filter(p -> !name.isEmpty() && p.name().equalsIgnoreCase(name)).findFirst()))
                .map(org.journeystudio.model.StagePath::id).orElse("");
    }

    /** Source segment id → target segment id: same id first, else the same name. */
    private Map<String, String> segmentMapping(JourneyMap target) {
        Map<String, String> mapping = new LinkedHashMap<>();
        Set<String> sourceIds = new HashSet<>(segmentNames.keySet());
        touchpoints.forEach(tp -> sourceIds.addAll(tp.satisfaction().keySet()));
        for (String sourceId : sourceIds) {
            Optional<Segment> match = target.segment(sourceId)
                    .or(() -> Optional.ofNullable(segmentNames.get(sourceId)).flatMap(name -> byName(target, name)));
            match.ifPresent(segment -> mapping.put(sourceId, segment.id()));
        }
        return mapping;
    }

    private static Optional<Segment> byName(JourneyMap target, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() ? Optional.empty() : target.segments().stream()
                .filter(s -> s.name().strip().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private static String titleOr(Touchpoint tp) {
        return tp.title().isEmpty() ? "untitled" : tp.title();
    }
}
