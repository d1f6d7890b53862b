package org.journeystudio.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.Persona;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * Builds a journey map for a test, from {@link SampleMaps#journey(String)}: hand-written parts ({@link #stages},
 * {@link #cards}), generated ones ({@link #withStages(int)}, {@link #withCards(int)}), or both. It starts as
 * {@link JourneyMap#blank}: the usual lanes, no stages, created and modified at the epoch. Model only, no JavaFX.
 */
public final class MapBuilder {
    private final List<Opportunity> opportunities = new ArrayList<>();
    private final String id;
    private String title;
    private String description = "";
    private String scenario = "";
    private Instant created = Instant.EPOCH;
    private Instant modified = Instant.EPOCH;
    private RatingScale scale = RatingScale.ONE_TO_FIVE;
    private List<Lane> lanes;
    private final List<Stage> stages = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final List<Persona> personas = new ArrayList<>();
    private final List<Touchpoint> cards = new ArrayList<>();
    private int generatedStages;
    private int generatedCards;
    private int backstageEvery;
    private Random details;

    MapBuilder(String id) {
        this.id = id;
        this.title = id;
        this.lanes = new ArrayList<>(JourneyMap.blank(id, id, Instant.EPOCH).lanes());
    }

    public MapBuilder titled(String value) {
        title = value;
        return this;
    }

    public MapBuilder described(String value) {
        description = value;
        return this;
    }

    public MapBuilder scenario(String value) {
        scenario = value;
        return this;
    }

    /** Created and last modified at {@code time}. */
    public MapBuilder at(Instant time) {
        return at(time, time);
    }

    public MapBuilder at(Instant createdAt, Instant modifiedAt) {
        created = createdAt;
        modified = modifiedAt;
        return this;
    }

    public MapBuilder scale(RatingScale value) {
        scale = value;
        return this;
    }

    /** These lanes instead of the usual ones. */
    public MapBuilder lanes(Lane... value) {
        lanes = new ArrayList<>(Arrays.asList(value));
        return this;
    }

    /** Adds a lane after the others. */
    public MapBuilder addLane(Lane lane) {
        lanes.add(lane);
        return this;
    }

    /** Adds the visible lane "Backstage" ({@link SampleMaps#BACKSTAGE}) after the others. */
    public MapBuilder withBackstage() {
        return addLane(new Lane(SampleMaps.BACKSTAGE, LaneKind.BACKSTAGE, "Backstage", true));
    }

    /** Adds these stages before any generated ones. */
    public MapBuilder stages(Stage... value) {
        stages.addAll(Arrays.asList(value));
        return this;
    }

    /** Adds {@code count} stages "st-0", "st-1"… named "Stage 1", "Stage 2"… (with {@link #withDetails}, more). */
    public MapBuilder withStages(int count) {
        generatedStages = count;
        return this;
    }

    public MapBuilder segments(Segment... value) {
        segments.addAll(Arrays.asList(value));
        return this;
    }

    public MapBuilder personas(Persona... value) {
        personas.addAll(Arrays.asList(value));
        return this;
    }

    /** Adds these opportunities to the map's action plan, before those of generated cards. */
    public MapBuilder opportunities(Opportunity... value) {
        opportunities.addAll(Arrays.asList(value));
        return this;
    }

    /** Adds these cards before any generated ones. */
    public MapBuilder cards(Touchpoint... value) {
        cards.addAll(Arrays.asList(value));
        return this;
    }

    /**
     * Adds {@code count} cards "tp-0", "tp-1"… titled "Touchpoint 1", "Touchpoint 2"…, dealt to the stages in
     * turn, in the first touchpoint lane, each cell's orders 0, 1, 2…
     */
    public MapBuilder withCards(int count) {
        generatedCards = count;
        return this;
    }

    /** Every {@code every}-th generated card goes to the backstage lane instead (add it with {@link #withBackstage}). */
    public MapBuilder backstageEvery(int every) {
        backstageEvery = every;
        return this;
    }

    /**
     * Generated stages and cards read like a real project: stage names with a subject; cards with a title of a few
     * words, a channel, an owner, an emotion, an expectation, usually a pain point and an opportunity, evidence,
     * and ratings from most segments. The same seed gives the same map.
     */
    public MapBuilder withDetails(long seed) {
        details = new Random(seed);
        return this;
    }

    public JourneyMap build() {
        List<Stage> allStages = new ArrayList<>(stages);
        for (int s = 0; s < generatedStages; s++) {
            String name = "Stage " + (s + 1) + (details == null ? "" : ": " + CardDetails.subject(s));
            allStages.add(new Stage("st-" + s, name));
        }
        List<Touchpoint> allCards = new ArrayList<>(cards);
        if (generatedCards > 0) {
            allCards.addAll(generatedCards(allStages));
        }
        return new JourneyMap(id, title, description, scenario, created, modified, scale, personas, segments,
                allStages, lanes, allCards).withOpportunities(opportunities);
    }

    private List<Touchpoint> generatedCards(List<Stage> over) {
        if (over.isEmpty()) {
            throw new IllegalStateException("withCards needs stages to put the cards in");
        }
        String front = lanes.stream().filter(l -> l.kind() == LaneKind.TOUCHPOINTS).findFirst().orElseThrow().id();
        int[] nextOrder = new int[over.size() * 2];
        List<Touchpoint> generated = new ArrayList<>();
        for (int i = 0; i < generatedCards; i++) {
            int stage = i % over.size();
            boolean backstage = backstageEvery > 0 && i % backstageEvery == backstageEvery - 1;
            int cell = stage * 2 + (backstage ? 1 : 0);
            Touchpoint.Builder card = Touchpoint.builder("tp-" + i, over.get(stage).id(),
                    backstage ? SampleMaps.BACKSTAGE : front).order(nextOrder[cell]++);
            generated.add(details == null ? card.title("Touchpoint " + (i + 1)).build()
                    : CardDetails.fill(card, details, segments, opportunities).build());
        }
        return generated;
    }
}
