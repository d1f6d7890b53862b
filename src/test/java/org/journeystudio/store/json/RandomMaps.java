package org.journeystudio.store.json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.ExperienceComponent;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.LaneRole;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Persona;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.StagePath;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.model.Kpi;
import org.journeystudio.model.OpportunityStatus;

/** A seeded generator of valid journey maps with awkward text and numbers, for property-style tests. */
public final class RandomMaps {
    // Whole code points, so no lone surrogate halves: quotes, escapes, control characters, accents, emoji.
    private static final int[] ALPHABET = "aZ09 -_.,:;'\"\\/\n\t\r\u0000\u001f\u007féßΩ→—€😀🧭中文".codePoints().toArray();

    private final Random random;
    /** Every opportunity the touchpoints made; the map keeps those its touchpoints link to. */
    private final List<Opportunity> opportunities = new ArrayList<>();

    /** Draws what opportunities added (format 6), so {@code random} makes the same maps as before them. */
    private final Random extras;

    public RandomMaps(long seed) {
        this.random = new Random(seed);
        this.extras = new Random(~seed);
    }

    public JourneyMap next() {
        opportunities.clear();
        RatingScale scale = pick(RatingScale.values());
        List<Segment> segments = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            Double share = random.nextBoolean() ? null : random.nextInt(3) == 0 ? (double) random.nextInt(101)
                    : random.nextDouble() * 100;
            segments.add(new Segment("seg-" + i + text(3), text(12), text(30), color(), share));
        }
        List<Persona> personas = new ArrayList<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            String segment = segments.isEmpty() || random.nextBoolean() ? null : pick(segments).id();
            String icon = random.nextBoolean() ? null : pick(new String[] {"fth-user", "fth-briefcase", "fth-heart"});
            String photo = random.nextInt(3) == 0 ? "data:image/png;base64," + java.util.Base64.getEncoder()
                    .encodeToString(("x" + text(20)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) : null;
            personas.add(new Persona("persona-" + i, text(10), text(40), color(), segment, icon, photo, text(30),
                    texts(), texts(), texts()));
        }
        // A third of the maps branch (format version 5): stages with paths, cards on them, connectors between cards.
        boolean branched = random.nextInt(3) == 0;
        List<Stage> stages = new ArrayList<>();
        for (int i = 0, n = random.nextInt(6); i < n; i++) {
            stages.add(new Stage("stage-" + i + text(4), text(15), text(30), 1 + random.nextDouble() * 600,
                    branched ? paths() : List.of()));
        }
        // Half the maps use the service blueprint (format version 3), half do not (versions 1 and 2 stay covered).
        boolean blueprint = random.nextBoolean();
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0, n = random.nextInt(5); i < n; i++) {
            lanes.add(new Lane("lane-" + i, pick(LaneKind.values()), text(12), random.nextBoolean(),
                    blueprint ? pick(LaneRole.values()) : LaneRole.NONE));
        }
        List<Touchpoint> touchpoints = new ArrayList<>();
        if (!stages.isEmpty() && !lanes.isEmpty()) {
            for (int i = 0, n = random.nextInt(12); i < n; i++) {
                Touchpoint tp = touchpoint("tp-" + i, scale, stages, lanes, segments);
                tp = blueprint ? withBlueprintMarks(tp, i) : tp;
                touchpoints.add(branched ? onPathWithConnectors(tp, i, stages) : tp);
            }
        }
        return new JourneyMap("map-" + random.nextInt(1_000_000), "T" + text(20), text(60), text(40),
                instant(), instant(), scale, personas, segments, stages, lanes, touchpoints)
                .withOpportunities(opportunities.stream().filter(o -> touchpoints.stream()
                        .anyMatch(t -> t.addressedBy(o.id()))).toList());
    }

    /**
     * A title and evidence as a note had (drawn as notes were), half of them with every other field set at random,
     * unset ratings and dates included.
     */
    private Opportunity opportunity(String touchpointId) {
        Opportunity note = Opportunity.idea("opp-" + touchpointId, text(25), pick(Evidence.values()));
        if (extras.nextBoolean()) {
            return note;
        }
        return new Opportunity(note.id(), note.title(), "Why: " + extras.nextInt(), "Team " + extras.nextInt(9),
                OpportunityStatus.values()[extras.nextInt(OpportunityStatus.values().length)],
                extras.nextBoolean() ? null : java.time.LocalDate.of(2026, 1, 1).plusDays(extras.nextInt(900)),
                rating5(), rating5(), rating5(), extras.nextBoolean() ? Kpi.NONE
                : new Kpi("KPI " + extras.nextInt(99), "" + extras.nextInt(5), "" + extras.nextInt(5)),
                note.evidence());
    }

    private Integer rating5() {
        return extras.nextInt(6) == 0 ? null : 1 + extras.nextInt(5);
    }

    private Touchpoint touchpoint(String id, RatingScale scale, List<Stage> stages, List<Lane> lanes,
                                  List<Segment> segments) {
        Map<String, Double> satisfaction = new LinkedHashMap<>();
        for (Segment segment : segments) {
            if (random.nextBoolean()) {
                satisfaction.put(segment.id(), rating(scale));
            }
        }
        Set<ExperienceComponent> components = EnumSet.noneOf(ExperienceComponent.class);
        for (ExperienceComponent component : ExperienceComponent.values()) {
            if (random.nextBoolean()) {
                components.add(component);
            }
        }
        List<String> expectations = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            expectations.add(text(25));
        }
        List<PainPoint> pains = new ArrayList<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            pains.add(new PainPoint(text(25), 1 + random.nextInt(3), pick(Evidence.values())));
        }
        List<String> opportunityIds = new ArrayList<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            Opportunity o = opportunity(id + "-" + i);
            opportunities.add(o);
            opportunityIds.add(o.id());
        }
        if (!pains.isEmpty() && !opportunityIds.isEmpty() && extras.nextBoolean()) {
            pains.set(0, pains.get(0).withOpportunityIds(List.of(opportunityIds.get(0))));
        }
        return Touchpoint.builder(id, pick(stages).id(), pick(lanes).id())
                .order(random.nextInt())
                .title(text(20))
                .description(text(80))
                .channel(new Channel(pick(ChannelKind.values()), text(8)))
                .owner(text(10))
                .emotion(new Emotion(random.nextInt(5) - 2, text(6)))
                .components(components)
                .expectations(expectations)
                .painPoints(pains)
                .opportunityIds(opportunityIds)
                .satisfaction(satisfaction)
                .expectedScore(random.nextBoolean() ? null : rating(scale))
                .evidence(pick(Evidence.values()))
                .build();
    }

    /** Fail and wait points, and links to touchpoints made before this one ({@code tp-0} … {@code tp-(i-1)}). */
    private Touchpoint withBlueprintMarks(Touchpoint tp, int i) {
        List<TouchpointLink> links = new ArrayList<>();
        for (int n = i == 0 ? 0 : random.nextInt(3), k = 0; k < n; k++) {
            links.add(TouchpointLink.dependsOn("tp-" + random.nextInt(i)));
        }
        return tp.toBuilder().failPoint(random.nextBoolean()).waitPoint(random.nextBoolean())
                .waitDuration(random.nextBoolean() ? text(8) : "").links(links).build();
    }

    private List<StagePath> paths() {
        List<StagePath> paths = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            paths.add(new StagePath("path-" + i + text(3), text(15)));
        }
        return paths;
    }

    /** On one of its stage's paths or the main track, with connectors to touchpoints made before this one. */
    private Touchpoint onPathWithConnectors(Touchpoint tp, int i, List<Stage> stages) {
        List<StagePath> paths = stages.stream().filter(s -> s.id().equals(tp.stageId())).findFirst()
                .orElseThrow().paths();
        String path = paths.isEmpty() || random.nextInt(3) == 0 ? "" : pick(paths).id();
        List<TouchpointLink> links = new ArrayList<>(tp.links());
        for (int n = i == 0 ? 0 : random.nextInt(3), k = 0; k < n; k++) {
            links.add(new TouchpointLink("tp-" + random.nextInt(i),
                    pick(new LinkKind[] {LinkKind.NEXT, LinkKind.BRANCH, LinkKind.LOOP_BACK})));
        }
        return tp.toBuilder().pathId(path).links(links).build();
    }

    /** Whole numbers, as survey answers are, or any double, as averages are. */
    private double rating(RatingScale scale) {
        if (random.nextBoolean()) {
            return scale.min() + random.nextInt(scale.max() - scale.min() + 1);
        }
        return scale.min() + random.nextDouble() * (scale.max() - scale.min());
    }

    private Instant instant() {
        return Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
    }

    private String color() {
        return String.format("#%06x", random.nextInt(0x1000000));
    }

    private String text(int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = random.nextInt(maxLength + 1); i < n; i++) {
            text.appendCodePoint(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Up to three short texts, some blank (which the model drops). */
    private List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            texts.add(text(15));
        }
        return texts;
    }
}
