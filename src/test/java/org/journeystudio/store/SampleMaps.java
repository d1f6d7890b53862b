package org.journeystudio.store;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.ExperienceComponent;
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

/** Maps for the library tests: one that fills every field the model has, in orders that are not sorted. */
final class SampleMaps {
    static final Instant CREATED = Instant.parse("2026-03-01T09:15:30.123456789Z");
    static final Instant MODIFIED = Instant.parse("2026-03-02T17:45:00.000000001Z");

    private SampleMaps() {
    }

    /** Every field set, nulls and empty lists where the model allows them, lists deliberately out of id order. */
    static JourneyMap rich(String id) {
        List<Segment> segments = List.of(
                new Segment("seg-z", "Business travellers", "Fly weekly, hate queues", "#1F77B4", 37.5),
                new Segment("seg-a", "Families", "", "#ff7f0e", 0.0),
                new Segment("seg-m", "Students", "On a budget", null));
        List<Persona> personas = List.of(
                new Persona("per-2", "Bea", "Consultant, 41", "#2ca02c", "seg-z", "fth-briefcase", null,
                        "I fly on Monday and want to forget the airport by Tuesday.",
                        List.of("Work on the way", "Lounge access"), List.of("Fast security"),
                        List.of("Queues", "Lost bags", "Rebooking by phone")),
                new Persona("per-1", "Omar", "", null, null),
                new Persona("per-3", "Lina", "Student", null, "seg-m", null, "data:image/png;base64,iVBORw0KGgo=",
                        "", List.of(), List.of("Low fares"), List.of()));
        List<Stage> stages = List.of(
                new Stage("st-search", "Search", "Looks for a product", 310.5),
                new Stage("st-buy", "Buy", "", 240),
                new Stage("st-a", "Receive", "Ünïcødé — “quotes” 😀", 0.1));
        List<Lane> lanes = List.of(
                new Lane("ln-tp", LaneKind.TOUCHPOINTS, "Touchpoints", true),
                new Lane("ln-back", LaneKind.BACKSTAGE, "Behind the scenes", false),
                new Lane("ln-emo", LaneKind.EMOTION, null, true),
                new Lane("ln-notes", LaneKind.NOTES, "Notes", true),
                new Lane("ln-custom", LaneKind.CUSTOM, "Legal", false));
        Map<String, Double> ratings = new LinkedHashMap<>();
        ratings.put("seg-m", 2.5);
        ratings.put("seg-z", 4.0);
        ratings.put("seg-a", 1.0);
        Touchpoint full = Touchpoint.builder("tp-9", "st-buy", "ln-tp")
                .order(3)
                .title("Pay at checkout")
                .description("Card, PayPal or invoice.\nSecond line.")
                .channel(new Channel(ChannelKind.WEB, "Shop website"))
                .owner("Payments team")
                .emotion(new Emotion(-2, "Anxious"))
                .components(EnumSet.of(ExperienceComponent.FUNCTIONAL, ExperienceComponent.EMOTIONAL))
                .expectations(List.of("Fast", "Secure", "No surprise fees"))
                .painPoints(List.of(new PainPoint("3-D Secure times out", 3, Evidence.OBSERVED),
                        new PainPoint("Shipping cost shown late", 1, Evidence.ASSUMED)))
                .opportunities(List.of(new Opportunity("Show total early", Evidence.PROPOSED),
                        new Opportunity("Remember card", Evidence.OBSERVED)))
                .satisfaction(ratings)
                .expectedScore(4.25)
                .evidence(Evidence.OBSERVED)
                .build();
        Touchpoint bare = Touchpoint.builder("tp-1", "st-search", "ln-back").build();
        Touchpoint second = Touchpoint.builder("tp-5", "st-buy", "ln-tp")
                .order(1)
                .title("Cart")
                .channel(ChannelKind.MOBILE_APP)
                .emotion(2)
                .components(Set.of(ExperienceComponent.ACCESSIBLE))
                .satisfaction(Map.of("seg-a", 5.0))
                .expectedScore(1.0)
                .evidence(Evidence.PROPOSED)
                .build();
        Touchpoint delivery = Touchpoint.builder("tp-3", "st-a", "ln-custom")
                .title("Parcel arrives")
                .channel(new Channel(ChannelKind.DELIVERY, "DHL"))
                .emotion(Emotion.of(1))
                .expectations(List.of("On time"))
                .build();
        return new JourneyMap(id, "Online retailer", "A shop's journey\nwith two lines",
                "Buy a phone online", CREATED, MODIFIED, RatingScale.ONE_TO_FIVE,
                personas, segments, stages, lanes, List.of(full, bare, second, delivery));
    }

    /** A small valid map with one stage, one lane and {@code touchpoints} cards titled "Card 0", "Card 1"… */
    static JourneyMap small(String id, int touchpoints) {
        List<Touchpoint> cards = new java.util.ArrayList<>();
        for (int i = 0; i < touchpoints; i++) {
            cards.add(Touchpoint.builder(id + "-tp-" + i, "stage-1", "lane-1").order(i).title("Card " + i).build());
        }
        return new JourneyMap(id, "Small " + id, "", "", CREATED, CREATED, RatingScale.ONE_TO_FIVE, List.of(),
                List.of(), List.of(new Stage("stage-1", "Only stage")),
                List.of(new Lane("lane-1", LaneKind.TOUCHPOINTS, "Cards", true)), cards);
    }
}
