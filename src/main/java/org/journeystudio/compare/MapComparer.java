package org.journeystudio.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/** Works out one {@link MapComparison}: matching first, then touchpoints, the emotion curve and the ratings. */
final class MapComparer {
    private final JourneyMap before;
    private final RatingSpreads beforeSpreads;
    private final JourneyMap after;
    private final RatingSpreads afterSpreads;
    private final MapIndex beforeIndex;
    private final MapIndex afterIndex;
    private final MapMatching matching;
    private final ScaleConversion scales;
    private final TouchpointFields fields;

    MapComparer(JourneyMap before, RatingSpreads beforeSpreads, JourneyMap after, RatingSpreads afterSpreads) {
        this.before = before;
        this.beforeSpreads = beforeSpreads;
        this.after = after;
        this.afterSpreads = afterSpreads;
        this.beforeIndex = new MapIndex(before);
        this.afterIndex = new MapIndex(after);
        this.matching = new MapMatching(beforeIndex, afterIndex);
        this.scales = new ScaleConversion(before.scale(), after.scale());
        this.fields = new TouchpointFields(beforeIndex, afterIndex, matching, scales);
    }

    MapComparison compare() {
        List<TouchpointChange> added = new ArrayList<>();
        List<TouchpointChange> changed = new ArrayList<>();
        List<SatisfactionDelta> satisfaction = new ArrayList<>();
        int unchanged = 0;
        Set<String> matchedOld = new HashSet<>();
        for (Touchpoint now : afterIndex.inJourneyOrder) {
            String stage = afterIndex.stageName(now.stageId());
            Touchpoint old = matching.oldOfNew.get(now.id());
            if (old == null) {
                added.add(new TouchpointChange("", now.id(), stage, now.title(), null, List.of()));
                continue;
            }
            matchedOld.add(old.id());
            List<FieldChange> diff = fields.diff(old, now);
            if (diff.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new TouchpointChange(old.id(), now.id(), stage, now.title(), matching.how.get(now.id()), diff));
            }
            satisfaction.addAll(deltas(old, now));
        }
        List<TouchpointChange> removed = beforeIndex.inJourneyOrder.stream()
                .filter(old -> !matchedOld.contains(old.id()))
                .map(old -> new TouchpointChange(old.id(), "", beforeIndex.stageName(old.stageId()),
                        old.title(), null, List.of()))
                .toList();
        return new MapComparison(scales.common, scales.note(), added, removed, changed, unchanged, stages(),
                satisfaction, OpportunityChange.between(before, after));
    }

    /** Every segment that rated the touchpoint in either state, in the new map's segment order. */
    private List<SatisfactionDelta> deltas(Touchpoint old, Touchpoint now) {
        Map<String, Double> oldRatings = fields.ratingsByNewSegment(old);
        Map<String, Double> newRatings = scales.after(now.satisfaction());
        Set<String> segments = new LinkedHashSet<>();
        after.segments().forEach(s -> {
            if (oldRatings.containsKey(s.id()) || newRatings.containsKey(s.id())) {
                segments.add(s.id());
            }
        });
        segments.addAll(newRatings.keySet());
        segments.addAll(oldRatings.keySet());
        List<SatisfactionDelta> deltas = new ArrayList<>();
        for (String segment : segments) {
            String oldSegment = oldSegmentId(segment);
            Optional<RatingSpread> a = oldSegment == null ? Optional.empty()
                    : beforeSpreads.of(old.id(), oldSegment).map(scales::before);
            Optional<RatingSpread> b = !afterIndex.hasSegment(segment) ? Optional.empty()
                    : afterSpreads.of(now.id(), segment).map(scales::after);
            Boolean apart = a.filter(MapComparer::hasInterval).isPresent() && b.filter(MapComparer::hasInterval)
                    .isPresent() ? a.get().ciHigh() < b.get().ciLow() || b.get().ciHigh() < a.get().ciLow() : null;
            String name = afterIndex.hasSegment(segment) ? afterIndex.segmentName(segment)
                    : oldSegment != null && beforeIndex.hasSegment(oldSegment) ? beforeIndex.segmentName(oldSegment)
                    : segment;
            deltas.add(new SatisfactionDelta(now.id(), now.title(), segment, name, oldRatings.get(segment),
                    newRatings.get(segment), a.map(RatingSpread::n).orElse(null), b.map(RatingSpread::n).orElse(null),
                    apart));
        }
        return deltas;
    }

    /** One answer has no interval (its ends are NaN): such a rating can be neither apart nor overlapping. */
    private static boolean hasInterval(RatingSpread spread) {
        return spread.n() > 0 && Double.isFinite(spread.ciLow()) && Double.isFinite(spread.ciHigh());
    }

    /**
     * The old map's id of a segment the deltas are keyed by: a new segment's matched old one, null for a segment
     * only the new map has, and the key itself for an old segment the new map lacks.
     */
    private String oldSegmentId(String segment) {
        String matched = matching.segmentsBack.get(segment);
        if (matched != null) {
            return matched;
        }
        return afterIndex.hasSegment(segment) ? null : segment;
    }

    private List<StageEmotion> stages() {
        Map<String, Double> beforeMeans = beforeIndex.meanEmotions();
        Map<String, Double> afterMeans = afterIndex.meanEmotions();
        List<StageEmotion> stages = new ArrayList<>();
        Set<String> matchedOld = new HashSet<>();
        for (Stage stage : after.stages()) {
            String oldId = matching.stagesBack.get(stage.id());
            if (oldId != null) {
                matchedOld.add(oldId);
            }
            stages.add(new StageEmotion(stage.id(), stage.name(), oldId == null ? null : beforeMeans.get(oldId),
                    afterMeans.get(stage.id())));
        }
        for (Stage stage : before.stages()) {
            if (!matchedOld.contains(stage.id())) {
                stages.add(new StageEmotion(stage.id(), stage.name(), beforeMeans.get(stage.id()), null));
            }
        }
        return stages;
    }
}
