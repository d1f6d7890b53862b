package org.journeystudio.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * Builds large, realistic-looking journey maps for benchmarks: the usual lanes plus backstage, cards spread
 * over the stages and both card lanes, every card with an emotion, an expectation, and (often) pain points
 * and opportunities. The same seed always gives the same map.
 */
public final class LargeMapGenerator {
    private static final String[] VERBS = {"Compare", "Check", "Open", "Read", "Confirm", "Track", "Ask about",
        "Pay for", "Return", "Review"};
    private static final String[] THINGS = {"prices", "the delivery date", "the order", "reviews", "the invoice",
        "the parcel", "stock", "the warranty", "a discount code", "the size guide"};

    private LargeMapGenerator() {
    }

    /** A map with {@code stages} stages and {@code touchpoints} cards. */
    public static JourneyMap generate(int stages, int touchpoints, long seed) {
        Random random = new Random(seed);
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        JourneyMap blank = JourneyMap.blank("map-large", "Large map (" + stages + " stages, " + touchpoints
                + " touchpoints)", now);
        List<Lane> lanes = new ArrayList<>(blank.lanes());
        lanes.add(new Lane("lane-backstage", LaneKind.BACKSTAGE, "Backstage", true));
        List<Stage> stageList = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            stageList.add(new Stage("stage-" + s, "Stage " + (s + 1), "Step " + (s + 1) + " of the journey",
                    Stage.DEFAULT_WIDTH));
        }
        List<Touchpoint> cards = new ArrayList<>();
        int[] perCell = new int[stages * 2];
        for (int i = 0; i < touchpoints; i++) {
            int stage = i * stages / touchpoints;
            int lane = random.nextInt(4) == 0 ? 1 : 0;
            String laneId = lane == 0 ? "lane-touchpoints" : "lane-backstage";
            ChannelKind channel = ChannelKind.values()[random.nextInt(ChannelKind.values().length)];
            cards.add(Touchpoint.builder("tp-" + i, "stage-" + stage, laneId)
                    .order(perCell[stage * 2 + lane]++)
                    .title(VERBS[random.nextInt(VERBS.length)] + " " + THINGS[random.nextInt(THINGS.length)])
                    .description("Touchpoint " + i + " of the generated journey")
                    .channel(channel)
                    .emotion(random.nextInt(5) - 2)
                    .expectations(List.of("It works the first time"))
                    .painPoints(painPoints(random))
                    .opportunities(random.nextInt(3) == 0 ? List.of(new Opportunity("Tell the customer sooner"))
                            : List.of())
                    .evidence(Evidence.values()[random.nextInt(Evidence.values().length)])
                    .build());
        }
        return blank.withStages(stageList).withLanes(lanes).withTouchpoints(cards);
    }

    private static List<PainPoint> painPoints(Random random) {
        int count = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(2);
        List<PainPoint> pains = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pains.add(new PainPoint("It takes too long and nobody says why", 1 + random.nextInt(3)));
        }
        return pains;
    }
}
