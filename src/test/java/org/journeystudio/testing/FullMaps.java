package org.journeystudio.testing;

import java.time.Instant;
import java.util.ArrayList;
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
import org.journeystudio.model.Kpi;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Persona;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/** The two maps of {@link SampleMaps} that fill every field of the model, for storage and file round trips. */
final class FullMaps {
    private FullMaps() {
    }

    /** See {@link SampleMaps#rich}. */
    static JourneyMap rich(String id) {
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
                .opportunityIds(List.of("opp-total", "opp-card"))
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
        return SampleMaps.journey(id).titled("Online retailer").described("A shop's journey\nwith two lines")
                .scenario("Buy a phone online").at(SampleMaps.RICH_CREATED, SampleMaps.RICH_MODIFIED)
                .personas(new Persona("per-2", "Bea", "Consultant, 41", "#2ca02c", "seg-z", "fth-briefcase", null,
                                "I fly on Monday and want to forget the airport by Tuesday.",
                                List.of("Work on the way", "Lounge access"), List.of("Fast security"),
                                List.of("Queues", "Lost bags", "Rebooking by phone")),
                        new Persona("per-1", "Omar", "", null, null),
                        new Persona("per-3", "Lina", "Student", null, "seg-m", null,
                                "data:image/png;base64,iVBORw0KGgo=", "", List.of(), List.of("Low fares"), List.of()))
                .segments(new Segment("seg-z", "Business travellers", "Fly weekly, hate queues", "#1F77B4", 37.5),
                        new Segment("seg-a", "Families", "", "#ff7f0e", 0.0),
                        new Segment("seg-m", "Students", "On a budget", null))
                .stages(new Stage("st-search", "Search", "Looks for a product", 310.5),
                        new Stage("st-buy", "Buy", "", 240),
                        new Stage("st-a", "Receive", "Ünïcødé — “quotes” 😀", 0.1))
                .lanes(new Lane("ln-tp", LaneKind.TOUCHPOINTS, "Touchpoints", true),
                        new Lane("ln-back", LaneKind.BACKSTAGE, "Behind the scenes", false),
                        new Lane("ln-emo", LaneKind.EMOTION, null, true),
                        new Lane("ln-notes", LaneKind.NOTES, "Notes", true),
                        new Lane("ln-custom", LaneKind.CUSTOM, "Legal", false))
                .cards(full, bare, second, delivery)
                .opportunities(new Opportunity("opp-total", "Show total early", "Before the card details",
                                "Payments team", OpportunityStatus.PLANNED, java.time.LocalDate.parse("2027-03-31"),
                                2, 4, 3, new Kpi("Checkout conversion", "61 %", "68 %"), Evidence.PROPOSED),
                        Opportunity.idea("opp-card", "Remember card", Evidence.OBSERVED)).build();
    }

    /** See {@link SampleMaps#everyField}. */
    static JourneyMap everyField(RatingScale scale) {
        List<Lane> lanes = new ArrayList<>();
        // Every kind format 1 knows: the Images lane came with format 4 (ImageExportTest), and this map is the
        // format 1 fixture.
        for (LaneKind kind : EnumSet.complementOf(EnumSet.of(LaneKind.IMAGES))) {
            boolean visible = kind.ordinal() % 3 != 2;
            String title = kind == LaneKind.CUSTOM ? "Regulation & compliance" : kind.displayName();
            lanes.add(new Lane("lane-" + kind.ordinal(), kind, title, visible));
        }
        List<String> stageIds = List.of("stage-search", "stage-buy", "stage-after");
        List<Touchpoint> touchpoints = new ArrayList<>();
        List<Set<ExperienceComponent>> componentSets = List.of(Set.of(),
                EnumSet.allOf(ExperienceComponent.class), Set.of(ExperienceComponent.EMOTIONAL),
                Set.of(ExperienceComponent.FUNCTIONAL, ExperienceComponent.ACCESSIBLE),
                Set.of(ExperienceComponent.ACCESSIBLE));
        Evidence[] evidence = Evidence.values();
        for (ChannelKind kind : ChannelKind.values()) {
            int i = kind.ordinal();
            Map<String, Double> satisfaction = new LinkedHashMap<>();
            if (i % 4 != 0) {
                // Deliberately not in segment order, to prove the file keeps the given order.
                satisfaction.put("seg-business", (double) scale.max());
                satisfaction.put("seg-first", (double) scale.min());
                if (i % 2 == 0) {
                    satisfaction.put("seg-return", scale.neutral() + 0.3333333333333333);
                }
            }
            touchpoints.add(Touchpoint.builder("tp-" + i, stageIds.get(i % 3), lanes.get(i).id())
                    .order(i == 0 ? -7 : i * 1000)
                    .title("Touchpoint " + kind.displayName() + (i == 3 ? " ☎ \\ \"quoted\"" : ""))
                    .description(i % 2 == 0 ? "" : "Line one\nLine two\ttabbed 😀")
                    .channel(new Channel(kind, i % 2 == 0 ? "" : "Detail " + i))
                    .owner(i % 3 == 0 ? "" : "Team " + i)
                    .emotion(new Emotion(i % 5 - 2, i % 2 == 0 ? "" : "Label " + i))
                    .components(componentSets.get(i % componentSets.size()))
                    .expectations(i % 3 == 0 ? List.of() : List.of("Fast", "Accurate — and friendly"))
                    .painPoints(i % 4 == 0 ? List.of() : List.of(
                            new PainPoint("Slow", 1 + i % 3, evidence[i % 3]),
                            new PainPoint("Confusing", 3, evidence[(i + 1) % 3])))
                    .opportunityIds(i % 4 == 1 ? List.of() : List.of(Opportunity.noteId("tp-" + i, 1)))
                    .satisfaction(satisfaction)
                    .expectedScore(i % 3 == 1 ? null : scale.min() + (scale.max() - scale.min()) * 0.7)
                    .evidence(evidence[i % 3])
                    .build());
        }
        return SampleMaps.journey("map-every-field").titled("Every field «journey»")
                .described("A map that uses every field").scenario("Ana wants a new phone before her trip")
                .at(Instant.parse("2026-11-23T00:15:30.123456789Z"), Instant.parse("2026-11-23T01:00:00Z"))
                .scale(scale)
                .segments(new Segment("seg-first", "First-time buyers", "People who never bought here", "#1F77B4"),
                        new Segment("seg-return", "Returning customers", "", "#ff7f0e"),
                        new Segment("seg-business", "Business \"B2B\" customers", "Invoices, not cards\nsecond line",
                                "#2ca02c"))
                .personas(new Persona("persona-ana", "Ana", "Buys a phone every two years — café owner", "#9467bd",
                                "seg-return"),
                        new Persona("persona-lee", "Lee", "", "#8c564b", null))
                .stages(new Stage(stageIds.get(0), "Search", "Looking for a product", 312.5),
                        new Stage(stageIds.get(1), "Buy"),
                        new Stage(stageIds.get(2), "After the sale", "Delivery and support", 0.25))
                .lanes(lanes.toArray(Lane[]::new))
                .cards(touchpoints.toArray(Touchpoint[]::new))
                .opportunities(touchpoints.stream().flatMap(t -> t.opportunityIds().stream())
                        .map(id -> Opportunity.idea(id, "Show delivery dates early",
                                evidence[(Integer.parseInt(id.split("-")[2]) + 2) % 3]))
                        .toArray(Opportunity[]::new)).build();
    }
}
