package org.journeystudio.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Persona;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * Builds large, realistic-looking journey maps for benchmarks (export, canvas): every touchpoint has a title of a
 * few words, a channel, an emotion, expectations, usually a pain point and an opportunity, and ratings from three
 * segments. The same seed gives the same map.
 */
public final class LargeMapGenerator {
    private static final String[] VERBS = {"Compare", "Check", "Open", "Read", "Confirm", "Update", "Track", "Ask about",
        "Choose", "Pay for", "Return", "Review", "Book", "Cancel", "Share", "Download"};
    private static final String[] THINGS = {"the offer", "delivery options", "the invoice", "a reminder email",
        "the product page", "opening hours", "the parcel", "a support ticket", "loyalty points", "the contract",
        "the mobile app", "a voucher", "the account settings", "store stock", "the refund", "a chat message"};
    private static final String[] PAINS = {"Takes far too long to load on a phone", "Asks for the same details twice",
        "The wording is confusing", "Nobody answers for hours", "Fees only appear at the very end",
        "The link in the email is broken", "Hard to find without the search box", "The status page is out of date"};
    private static final String[] IDEAS = {"Remember what the customer already entered", "Show the total price up front",
        "Offer a call-back instead of a queue", "Send a short status update by text message",
        "Put the answer on the page where the question arises", "Let customers pick a delivery slot"};
    private static final String[] EXPECTATIONS = {"Quick and simple", "A clear price", "Help when I need it",
        "Works on my phone", "No surprises later", "Speaks my language"};

    private LargeMapGenerator() {
    }

    /** The benchmark map: 60 stages, 1,000 touchpoints. */
    public static JourneyMap standard() {
        return generate(60, 1000, 42);
    }

    public static JourneyMap generate(int stageCount, int touchpointCount, long seed) {
        Random random = new Random(seed);
        JourneyMap blank = JourneyMap.blank("map-large", "Large generated journey", Instant.EPOCH);
        List<Lane> lanes = new ArrayList<>(blank.lanes());
        lanes.add(new Lane("lane-backstage", LaneKind.BACKSTAGE, "Backstage", true));
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < stageCount; s++) {
            stages.add(new Stage("st-" + s, "Stage " + (s + 1) + ": " + THINGS[s % THINGS.length], "", 240));
        }
        List<Segment> segments = List.of(new Segment("seg-new", "New customers", "", "#4c78a8"),
                new Segment("seg-loyal", "Loyal customers", "", "#f58518"),
                new Segment("seg-business", "Business", "", "#54a24b"));
        List<Persona> personas = List.of(new Persona("p-1", "Sam, busy parent", "", "#4c78a8", "seg-new"));
        List<Touchpoint> touchpoints = new ArrayList<>();
        int[] nextOrder = new int[stageCount * 2];
        for (int i = 0; i < touchpointCount; i++) {
            int stage = i % stageCount;
            boolean backstage = i % 6 == 5;
            int cell = stage * 2 + (backstage ? 1 : 0);
            touchpoints.add(Touchpoint.builder("tp-" + i, "st-" + stage,
                            backstage ? "lane-backstage" : "lane-touchpoints")
                    .order(nextOrder[cell]++)
                    .title(VERBS[random.nextInt(VERBS.length)] + " " + THINGS[random.nextInt(THINGS.length)])
                    .channel(new Channel(ChannelKind.values()[random.nextInt(ChannelKind.values().length)], ""))
                    .owner("Team " + (char) ('A' + random.nextInt(6)))
                    .emotion(random.nextInt(5) - 2)
                    .expectations(List.of(EXPECTATIONS[random.nextInt(EXPECTATIONS.length)]))
                    .painPoints(random.nextInt(4) == 0 ? List.of()
                            : List.of(new PainPoint(PAINS[random.nextInt(PAINS.length)], 1 + random.nextInt(3))))
                    .opportunities(random.nextInt(3) == 0 ? List.of()
                            : List.of(new Opportunity(IDEAS[random.nextInt(IDEAS.length)])))
                    .satisfaction(ratings(random, segments))
                    .evidence(Evidence.values()[random.nextInt(3)])
                    .build());
        }
        return new JourneyMap("map-large", "Large generated journey", "", "", Instant.EPOCH, Instant.EPOCH,
                RatingScale.ONE_TO_FIVE, personas, segments, stages, lanes, touchpoints);
    }

    private static Map<String, Double> ratings(Random random, List<Segment> segments) {
        Map<String, Double> ratings = new LinkedHashMap<>();
        for (Segment segment : segments) {
            if (random.nextInt(10) > 0) {
                ratings.put(segment.id(), Math.round((1 + 4 * random.nextDouble()) * 10) / 10.0);
            }
        }
        return ratings;
    }
}
