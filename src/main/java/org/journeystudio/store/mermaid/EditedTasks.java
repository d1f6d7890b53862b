package org.journeystudio.store.mermaid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.mermaid.MermaidStatement.Task;
import org.journeystudio.store.mermaid.MermaidText.Kind;

/**
 * The task lines of a journey with comments: each with the touchpoint its comment holds, where the diagram's
 * name, score and section win over the comment when they differ from what was written, or a task added by hand.
 * A changed score sets the emotion (1…5 is −2…+2) and, on a rated touchpoint, every segment's rating to the score
 * moved onto the map's scale, so the diagram shows what the user wrote.
 */
final class EditedTasks {
    private record Entry(Task task, Touchpoint commented, int position, String stageId, int line) {
    }

    record Result(List<Segment> segments, List<Lane> lanes, List<Touchpoint> touchpoints) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(Task task, Touchpoint commented, int position, String stageId, int line) {
        entries.add(new Entry(task, commented, position, stageId, line));
    }

    Result resolve(JourneyMap header, List<Segment> segmentsRead, TreeMap<Integer, Touchpoint> cards,
                   Map<String, Integer> lineOf, List<String> warnings, String source) throws JourneyFormatException {
        List<Segment> segments = new ArrayList<>(segmentsRead);
        List<Lane> lanes = new ArrayList<>(header.lanes());
        TreeMap<Integer, Touchpoint> placed = new TreeMap<>(cards);
        List<Entry> added = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.commented() == null) {
                added.add(entry);
                continue;
            }
            Touchpoint tp = edited(entry, header.scale());
            if (entry.position() < 0 || placed.putIfAbsent(entry.position(), tp) != null) {
                throw new JourneyFormatException(source, entry.line(), 1, Messages.text("imports.mermaid.taskPlace",
                        entry.position()));
            }
            lineOf.put("touchpoints[" + tp.id() + "]", entry.line());
        }
        List<Touchpoint> touchpoints = new ArrayList<>(placed.values());
        if (!added.isEmpty()) {
            String laneId = customerLane(lanes);
            Map<String, Segment> byName = new LinkedHashMap<>();
            segments.forEach(s -> byName.putIfAbsent(s.name(), s));
            for (Entry entry : added) {
                Touchpoint tp = fresh(entry, laneId, header.scale(), touchpoints, byName, segments);
                touchpoints.add(tp);
                lineOf.put("touchpoints[" + tp.id() + "]", entry.line());
            }
            warnings.add(Messages.text("imports.mermaid.tasksWithoutComment", source, added.size()));
        }
        return new Result(segments, lanes, touchpoints);
    }

    private static Touchpoint edited(Entry entry, RatingScale scale) {
        Touchpoint tp = entry.commented();
        Touchpoint.Builder changed = tp.toBuilder();
        String name = entry.task().raw().strip();
        if (!name.equals(MermaidText.escape(tp.title(), Kind.TASK))) {
            changed.title(MermaidText.unescape(name));
        }
        double score = entry.task().score();
        if (score != MermaidJourneyWriter.score(tp, scale)) {
            changed.emotion(PlainJourney.emotionOf(score));
            Map<String, Double> ratings = new LinkedHashMap<>();
            tp.satisfaction().keySet().forEach(id -> ratings.put(id, RatingScale.ONE_TO_FIVE.convert(score, scale)));
            changed.satisfaction(ratings);
        }
        if (entry.stageId() != null && !entry.stageId().equals(tp.stageId())) {
            changed.stageId(entry.stageId());
        }
        return changed.build();
    }

    private static Touchpoint fresh(Entry entry, String laneId, RatingScale scale, List<Touchpoint> touchpoints,
                                    Map<String, Segment> byName, List<Segment> segments) {
        int order = touchpoints.stream().filter(t -> t.stageId().equals(entry.stageId()) && t.laneId().equals(laneId))
                .mapToInt(Touchpoint::order).max().orElse(-1) + 1;
        Map<String, Double> ratings = new LinkedHashMap<>();
        for (String actor : entry.task().actors()) {
            String name = MermaidText.unescape(actor);
            Segment segment = byName.computeIfAbsent(name, n -> {
                Segment created = new Segment(Ids.next("segment"), n, "", org.journeystudio.style.SegmentPalette
                        .next(new HashSet<>(segments.stream().map(Segment::color).toList()), segments.size()));
                segments.add(created);
                return created;
            });
            ratings.put(segment.id(), RatingScale.ONE_TO_FIVE.convert(entry.task().score(), scale));
        }
        return Touchpoint.builder(Ids.next("tp"), entry.stageId(), laneId)
                .order(order)
                .title(MermaidText.unescape(entry.task().raw()))
                .emotion(PlainJourney.emotionOf(entry.task().score()))
                .satisfaction(ratings)
                .build();
    }

    /** The lane the diagram's tasks go in: the first customer-facing one, added when the map has none. */
    private static String customerLane(List<Lane> lanes) {
        return lanes.stream().filter(l -> l.kind().isCustomerFacing()).findFirst().map(Lane::id).orElseGet(() -> {
            Lane lane = new Lane(Ids.next("lane"), LaneKind.TOUCHPOINTS, LaneKind.TOUCHPOINTS.displayName(), true);
            lanes.add(lane);
            return lane.id();
        });
    }
}
