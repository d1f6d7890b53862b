package org.journeystudio.store.json;

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
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Persona;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/** Maps that fill every field of the model and use every enum value, for exhaustive round-trip tests. */
final class SampleMaps {
    private SampleMaps() {
    }

    static JourneyMap everyField(RatingScale scale) {
        List<Segment> segments = List.of(
                new Segment("seg-first", "First-time buyers", "People who never bought here", "#1F77B4"),
                new Segment("seg-return", "Returning customers", "", "#ff7f0e"),
                new Segment("seg-business", "Business \"B2B\" customers", "Invoices, not cards\nsecond line",
                        "#2ca02c"));
        List<Persona> personas = List.of(
                new Persona("persona-ana", "Ana", "Buys a phone every two years — café owner", "#9467bd",
                        "seg-return"),
                new Persona("persona-lee", "Lee", "", "#8c564b", null));
        List<Stage> stages = List.of(
                new Stage("stage-search", "Search", "Looking for a product", 312.5),
                new Stage("stage-buy", "Buy"),
                new Stage("stage-after", "After the sale", "Delivery and support", 0.25));
        List<Lane> lanes = new ArrayList<>();
        for (LaneKind kind : LaneKind.values()) {
            boolean visible = kind.ordinal() % 3 != 2;
            String title = kind == LaneKind.CUSTOM ? "Regulation & compliance" : kind.displayName();
            lanes.add(new Lane("lane-" + kind.ordinal(), kind, title, visible));
        }
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
            touchpoints.add(Touchpoint.builder("tp-" + i, stages.get(i % 3).id(), lanes.get(i).id())
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
                    .opportunities(i % 4 == 1 ? List.of() : List.of(
                            new Opportunity("Show delivery dates early", evidence[(i + 2) % 3])))
                    .satisfaction(satisfaction)
                    .expectedScore(i % 3 == 1 ? null : scale.min() + (scale.max() - scale.min()) * 0.7)
                    .evidence(evidence[i % 3])
                    .build());
        }
        return new JourneyMap("map-every-field", "Every field «journey»", "A map that uses every field",
                "Ana wants a new phone before her trip", Instant.parse("2026-11-23T00:15:30.123456789Z"),
                Instant.parse("2026-11-23T01:00:00Z"), scale, personas, segments, stages, lanes, touchpoints);
    }

    /** A map with only the required parts: every list empty. */
    static JourneyMap minimal() {
        return new JourneyMap("map-minimal", "Nothing yet", "", "", Instant.EPOCH, Instant.EPOCH,
                RatingScale.ONE_TO_FIVE, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
