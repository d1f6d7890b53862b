package org.journeystudio.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeystudio.edit.command.MoveTouchpoints;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * Benchmark, not a test: how long {@link Document#execute} takes on a 60-stage, 1,000-card map when a drag
 * moves a card across every stage, and when an emotion point is dragged, plus undo and redo.
 * Run: {@code ./mvnw -q -B test-compile && java -cp target/classes:target/test-classes org.journeystudio.edit.DocumentBench}
 */
public final class DocumentBench {
    private DocumentBench() {
    }

    public static void main(String[] args) {
        JourneyMap map = largeMap(60, 1000);
        for (int round = 0; round < 5; round++) { // the first rounds warm the JIT up
            Document document = new Document(map);
            long[] drag = dragAcrossAllStages(document, map);
            long[] emotion = dragEmotion(document);
            long[] undoRedo = undoRedo(document);
            if (round == 4) {
                report("drag step (move + merge)", drag);
                report("emotion drag step", emotion);
                report("undo or redo", undoRedo);
            }
        }
    }

    private static long[] dragAcrossAllStages(Document document, JourneyMap map) {
        Set<String> card = Set.of(map.touchpoints().get(0).id());
        long[] times = new long[map.stages().size() * 4];
        for (int i = 0; i < times.length; i++) {
            Stage stage = map.stages().get(i % map.stages().size());
            MoveTouchpoints move = MoveTouchpoints.of(document.map(), card, stage.id(), "lane-touchpoints", 0);
            long t0 = System.nanoTime();
            document.execute(move);
            times[i] = System.nanoTime() - t0;
        }
        document.closeMerging();
        return times;
    }

    private static long[] dragEmotion(Document document) {
        String id = document.map().touchpoints().get(500).id();
        long[] times = new long[200];
        for (int i = 0; i < times.length; i++) {
            SetTouchpointField<Emotion> set = SetTouchpointField.of(document.map(), id, TouchpointField.EMOTION,
                    Emotion.of(i % 5 - 2));
            long t0 = System.nanoTime();
            document.execute(set);
            times[i] = System.nanoTime() - t0;
        }
        document.closeMerging();
        return times;
    }

    private static long[] undoRedo(Document document) {
        List<Long> times = new ArrayList<>();
        while (document.canUndo()) {
            long t0 = System.nanoTime();
            document.undo();
            times.add(System.nanoTime() - t0);
        }
        while (document.canRedo()) {
            long t0 = System.nanoTime();
            document.redo();
            times.add(System.nanoTime() - t0);
        }
        return times.stream().mapToLong(Long::longValue).toArray();
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-28s n=%4d  p50 %.3f ms  p95 %.3f ms  max %.3f ms%n", what, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    /** A map with the given stages and cards, each card with ratings, a pain point and an opportunity. */
    static JourneyMap largeMap(int stageCount, int cardCount) {
        JourneyMap blank = JourneyMap.blank("map-large", "Large map", Instant.EPOCH);
        List<Lane> lanes = new ArrayList<>(blank.lanes());
        lanes.add(new Lane("lane-backstage", LaneKind.BACKSTAGE, "Backstage", true));
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < stageCount; s++) {
            stages.add(new Stage("st-" + s, "Stage " + s));
        }
        List<Segment> segments = List.of(new Segment("seg-a", "A", "", null), new Segment("seg-b", "B", "", null));
        List<Touchpoint> cards = new ArrayList<>();
        List<Opportunity> ideas = new ArrayList<>();
        int[] next = new int[stageCount * 2];
        for (int i = 0; i < cardCount; i++) {
            int stage = i % stageCount;
            String lane = i % 5 == 0 ? "lane-backstage" : "lane-touchpoints";
            int cell = stage * 2 + (i % 5 == 0 ? 1 : 0);
            cards.add(Touchpoint.builder("tp-" + i, "st-" + stage, lane).order(next[cell]++).title("Card " + i)
                    .emotion(i % 5 - 2).satisfaction(Map.of("seg-a", 1.0 + i % 5, "seg-b", 1.0 + (i + 2) % 5))
                    .painPoints(List.of(new PainPoint("Pain " + i, 1 + i % 3)))
                    .opportunityIds(List.of("opp-" + i)).build());
            ideas.add(Opportunity.idea("opp-" + i, "Idea " + i, null));
        }
        return new JourneyMap("map-large", "Large map", "", "", Instant.EPOCH, Instant.EPOCH, null,
                List.of(), segments, stages, lanes, cards).withOpportunities(ideas);
    }
}
