package org.journeystudio.store.mermaid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.style.SegmentPalette;
import org.journeystudio.store.mermaid.MermaidStatement.AccDescr;
import org.journeystudio.store.mermaid.MermaidStatement.AccTitle;
import org.journeystudio.store.mermaid.MermaidStatement.Section;
import org.journeystudio.store.mermaid.MermaidStatement.Task;
import org.journeystudio.store.mermaid.MermaidStatement.Title;

/**
 * A map from a journey written by hand (no {@code %% journey-studio} lines): a stage per section, a touchpoint
 * per task in the Touchpoints lane, its emotion from the score (1…5 is −2…+2), and a segment per actor whose
 * rating of the task is the score, on the map's 1–5 scale.
 */
final class PlainJourney {
    private final Map<String, Segment> segmentsByName = new LinkedHashMap<>();
    private final List<Stage> stages = new ArrayList<>();
    private final List<Touchpoint> touchpoints = new ArrayList<>();
    private Stage current;
    private int orderInStage;

    private PlainJourney() {
    }

    static JourneyMap of(MermaidJourneyParser.Parsed parsed, String fallbackTitle, Instant now) {
        return new PlainJourney().map(parsed, fallbackTitle, now);
    }

    private JourneyMap map(MermaidJourneyParser.Parsed parsed, String fallbackTitle, Instant now) {
        JourneyMap blank = JourneyMap.blank(Ids.next("map"), "", now);
        String laneId = blank.lanes().stream().filter(l -> l.kind() == LaneKind.TOUCHPOINTS).findFirst()
                .map(Lane::id).orElseThrow();
        String title = null;
        String accTitle = null;
        String description = "";
        for (MermaidStatement statement : parsed.statements()) {
            if (statement instanceof Title t) {
                title = MermaidText.unescape(t.raw());
            } else if (statement instanceof AccTitle t) {
                accTitle = MermaidText.unescape(t.raw());
            } else if (statement instanceof AccDescr d) {
                description = MermaidText.unescape(d.raw());
            } else if (statement instanceof Section s) {
                section(MermaidText.unescape(s.raw()));
            } else if (statement instanceof Task t) {
                task(t, laneId);
            }
        }
        String shown = firstGiven(title, parsed.frontMatterTitle(), accTitle, fallbackTitle);
        return new JourneyMap(blank.id(), shown, description, "", now, now, RatingScale.ONE_TO_FIVE, List.of(),
                List.copyOf(segmentsByName.values()), stages, blank.lanes(), touchpoints);
    }

    private void section(String name) {
        current = new Stage(Ids.next("stage"), name);
        stages.add(current);
        orderInStage = 0;
    }

    private void task(Task task, String laneId) {
        if (current == null) {
            section(""); // Mermaid shows tasks before the first section in a section without a name
        }
        Map<String, Double> ratings = new LinkedHashMap<>();
        for (String actor : task.actors()) {
            ratings.put(segment(MermaidText.unescape(actor)).id(), task.score());
        }
        touchpoints.add(Touchpoint.builder(Ids.next("tp"), current.id(), laneId)
                .order(orderInStage++)
                .title(MermaidText.unescape(task.raw()))
                .emotion(emotionOf(task.score()))
                .satisfaction(ratings)
                .build());
    }

    static Emotion emotionOf(double score) {
        long face = Math.round(score) - 3;
        return Emotion.of((int) Math.max(Emotion.MIN, Math.min(Emotion.MAX, face)));
    }

    private Segment segment(String name) {
        return segmentsByName.computeIfAbsent(name, n -> new Segment(Ids.next("segment"), n, "",
                SegmentPalette.next(new HashSet<>(segmentsByName.values().stream().map(Segment::color).toList()),
                        segmentsByName.size())));
    }

    private static String firstGiven(String... titles) {
        for (String title : titles) {
            if (title != null && !title.isBlank()) {
                return title;
            }
        }
        return "Mermaid journey";
    }
}
