package org.journeystudio.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small, fully filled maps for model tests. */
final class SampleMaps {
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private SampleMaps() {
    }

    static JourneyMap checkout() {
        Segment business = new Segment("seg-b", "Business", "Buys for work", "#1f77b4");
        Segment leisure = new Segment("seg-l", "Leisure", "", "#ff7f0e");
        Stage search = new Stage("st-search", "Search");
        Stage buy = new Stage("st-buy", "Buy");
        Lane touch = new Lane("lane-tp", LaneKind.TOUCHPOINTS, "Touchpoints", true);
        Lane emotion = new Lane("lane-em", LaneKind.EMOTION, "", true);
        Touchpoint find = Touchpoint.builder("tp-find", "st-search", "lane-tp").title("Find product")
                .channel(ChannelKind.WEB).emotion(1).satisfaction(Map.of("seg-b", 4.0)).build();
        Touchpoint pay = Touchpoint.builder("tp-pay", "st-buy", "lane-tp").title("Pay")
                .channel(new Channel(ChannelKind.OTHER, "Kiosk")).owner("Payments team").emotion(-2)
                .components(Set.of(ExperienceComponent.FUNCTIONAL))
                .expectations(List.of("Quick", " ", "Safe"))
                .painPoints(List.of(new PainPoint("Card declined without reason", 3)))
                .opportunities(List.of(new Opportunity("Explain declines")))
                .satisfaction(Map.of("seg-b", 2.0, "seg-l", 3.5)).expectedScore(4.0).build();
        return new JourneyMap("map-1", "Checkout", "", "Buy a laptop", T0, T0, RatingScale.ONE_TO_FIVE,
                List.of(new Persona("p-1", "Ana", "", null, "seg-b")), List.of(business, leisure),
                List.of(search, buy), List.of(touch, emotion), List.of(find, pay));
    }
}
