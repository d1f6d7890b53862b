package org.journeystudio.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeystudio.model.Channel;
import org.journeystudio.model.ChannelKind;
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

/**
 * Every journey map the tests start from: {@link #journey(String)} builds one to order, and the named maps below
 * are the fixtures tests assert on (their ids, titles and ratings are part of the tests). Model only, no JavaFX.
 */
public final class SampleMaps {
    /** Lane ids of {@link JourneyMap#blank}, and of the backstage lane {@link MapBuilder#withBackstage} adds. */
    public static final String TOUCHPOINTS = "lane-touchpoints";
    public static final String EMOTION = "lane-emotion";
    public static final String PAIN_POINTS = "lane-pain-points";
    public static final String BACKSTAGE = "lane-backstage";
    /** The segments of {@link #retailer()} and {@link #shop}. */
    public static final String NEW_CUSTOMERS = "seg-new";
    public static final String REGULARS = "seg-regular";
    /** What a phone must never see of {@link #hotel}. */
    public static final String HOTEL_SECRET_DESCRIPTION = "Internal: margin on this step is 42%";
    public static final String HOTEL_SECRET_PAIN = "Staff complain about the booking tool";
    public static final String HOTEL_BACKSTAGE_TITLE = "Night audit batch job";
    /** When {@link #rich} was created and last modified ({@link #small} was created then too). */
    public static final Instant RICH_CREATED = Instant.parse("2026-03-01T09:15:30.123456789Z");
    public static final Instant RICH_MODIFIED = Instant.parse("2026-03-02T17:45:00.000000001Z");

    private SampleMaps() {
    }

    /**
     * {@code map} without its action plan: no opportunities and no links to them. The shipped templates carry one
     * (format 6); tests about the lowest format a feature needs take it out.
     */
    public static JourneyMap withoutActionPlan(JourneyMap map) {
        JourneyMap plain = map.withOpportunities(List.of());
        for (Touchpoint card : map.touchpoints()) {
            plain = plain.withTouchpoint(card.toBuilder().opportunityIds(List.of())
                    .painPoints(card.painPoints().stream().map(p -> p.withOpportunityIds(List.of())).toList()).build());
        }
        return plain;
    }

    /** A map to order: the usual lanes and nothing else until the builder adds it. */
    public static MapBuilder journey(String id) {
        return new MapBuilder(id);
    }

    /** Two stages, a touchpoint lane and an emotion lane ("lane-tp", "lane-em"), two cards, two segments. */
    public static JourneyMap checkout() {
        Touchpoint find = Touchpoint.builder("tp-find", "st-search", "lane-tp").title("Find product")
                .channel(ChannelKind.WEB).emotion(1).satisfaction(Map.of("seg-b", 4.0)).build();
        Touchpoint pay = Touchpoint.builder("tp-pay", "st-buy", "lane-tp").title("Pay")
                .channel(new Channel(ChannelKind.OTHER, "Kiosk")).owner("Payments team").emotion(-2)
                .components(Set.of(ExperienceComponent.FUNCTIONAL))
                .expectations(List.of("Quick", " ", "Safe"))
                .painPoints(List.of(new PainPoint("Card declined without reason", 3)))
                .opportunityIds(List.of("opp-tp-pay-1"))
                .satisfaction(Map.of("seg-b", 2.0, "seg-l", 3.5)).expectedScore(4.0).build();
        return journey("map-1").titled("Checkout").scenario("Buy a laptop").at(Instant.parse("2026-01-05T09:00:00Z"))
                .personas(new Persona("p-1", "Ana", "", null, "seg-b"))
                .segments(new Segment("seg-b", "Business", "Buys for work", "#1f77b4"),
                        new Segment("seg-l", "Leisure", "", "#ff7f0e"))
                .stages(new Stage("st-search", "Search"), new Stage("st-buy", "Buy"))
                .lanes(new Lane("lane-tp", LaneKind.TOUCHPOINTS, "Touchpoints", true),
                        new Lane("lane-em", LaneKind.EMOTION, "", true))
                .cards(find, pay).opportunities(Opportunity.idea("opp-tp-pay-1", "Explain declines", null)).build();
    }

    /**
     * An online retailer like the studio's templates: six stages, the usual lanes plus backstage, two segments, two
     * personas, and cards with ratings, pain points and opportunities. Titles are unique; ids are {@link #cardId}.
     */
    public static JourneyMap retailer() {
        return journey("map-retail").titled("Online retailer").described("Buying shoes online")
                .scenario("Ana orders trainers").at(Instant.parse("2026-11-22T12:00:00Z")).withBackstage()
                .stages(new Stage("st-discover", "Discover"), new Stage("st-search", "Search"),
                        new Stage("st-choose", "Choose"), new Stage("st-pay", "Pay"),
                        new Stage("st-delivery", "Delivery"), new Stage("st-return", "Return"))
                .segments(new Segment(NEW_CUSTOMERS, "New customers", "", "#1f77b4"),
                        new Segment(REGULARS, "Regulars", "", "#ff7f0e"))
                .personas(new Persona("p-ana", "Ana", "First order", "#2ca02c", NEW_CUSTOMERS),
                        new Persona("p-ben", "Ben", "Orders weekly", "#d62728", REGULARS))
                .cards(retailerCards()).opportunities(retailerCardsSimplified()).build();
    }

    private static Touchpoint[] retailerCards() {
        String[][] cells = {
                {"st-discover", TOUCHPOINTS, "Ad", "Social post"},
                {"st-discover", BACKSTAGE, "Campaign"},
                {"st-search", TOUCHPOINTS, "Search box", "Filters", "Reviews"},
                {"st-choose", TOUCHPOINTS, "Product page", "Size guide"},
                {"st-pay", TOUCHPOINTS, "Basket", "Checkout", "Payment"},
                {"st-pay", BACKSTAGE, "Fraud check"},
                {"st-delivery", TOUCHPOINTS, "Dispatch mail", "Courier"},
                {"st-return", TOUCHPOINTS, "Return form"},
        };
        List<Touchpoint> cards = new ArrayList<>();
        int n = 0;
        for (String[] cell : cells) {
            for (int i = 2; i < cell.length; i++, n++) {
                Map<String, Double> ratings = new HashMap<>();
                ratings.put(NEW_CUSTOMERS, 1.0 + n % 5);
                if (n % 3 != 0) {
                    ratings.put(REGULARS, 1.0 + (n * 2) % 5);
                }
                cards.add(Touchpoint.builder(cardId(cell[i]), cell[0], cell[1]).order(i - 2).title(cell[i])
                        .channel(ChannelKind.values()[n % ChannelKind.values().length])
                        .owner(n % 2 == 0 ? "Marketing" : "Operations")
                        .emotion(n % 5 - 2)
                        .components(n % 2 == 0 ? Set.of(ExperienceComponent.FUNCTIONAL)
                                : Set.of(ExperienceComponent.EMOTIONAL, ExperienceComponent.ACCESSIBLE))
                        .expectations(List.of("Quick", "Clear"))
                        .painPoints(n % 4 == 0 ? List.of(new PainPoint("Slow", 2, Evidence.OBSERVED)) : List.of())
                        .opportunityIds(n % 3 == 0 ? List.of(Opportunity.noteId(cardId(cell[i]), 1)) : List.of())
                        .satisfaction(ratings)
                        .expectedScore(n % 2 == 0 ? 4.0 : null)
                        .evidence(Evidence.values()[n % 3])
                        .build());
            }
        }
        return cards.toArray(Touchpoint[]::new);
    }

    /** Every third of the retailer's cards has an opportunity "Simplify" of its own. */
    private static Opportunity[] retailerCardsSimplified() {
        return java.util.Arrays.stream(retailerCards()).flatMap(t -> t.opportunityIds().stream())
                .map(id -> Opportunity.idea(id, "Simplify", null)).toArray(Opportunity[]::new);
    }

    /** The id of {@link #retailer()}'s card with this title: "tp-" and the title in lower case, dashed. */
    public static String cardId(String title) {
        return "tp-" + title.toLowerCase().replace(' ', '-');
    }

    /** A shopping journey: three stages of different widths, five touchpoints, emotions from −2 to +2. */
    public static JourneyMap shopping(String id, String title) {
        return shoppingJourney(id, title).build();
    }

    /** {@link #shopping} titled "Shop" with two segments, {@link #NEW_CUSTOMERS} and {@link #REGULARS}. */
    public static JourneyMap shop(String id) {
        return shoppingJourney(id, "Shop").segments(new Segment(NEW_CUSTOMERS, "New customers", "", "#4c78a8"),
                new Segment(REGULARS, "Regulars", "", "#f58518")).build();
    }

    private static MapBuilder shoppingJourney(String id, String title) {
        return journey(id).titled(title).at(Instant.parse("2026-11-20T10:15:30Z"))
                .stages(new Stage("st-search", "Search", "Look for a product", 220),
                        new Stage("st-buy", "Buy", "Add to cart and pay", 300),
                        new Stage("st-receive", "Receive", "", 260))
                .cards(Touchpoint.builder("tp-search", "st-search", TOUCHPOINTS).order(0)
                                .title("Search the web").channel(ChannelKind.WEB).emotion(0)
                                .expectations(List.of("Relevant results on the first page")).build(),
                        Touchpoint.builder("tp-reviews", "st-search", TOUCHPOINTS).order(1)
                                .title("Read reviews").channel(ChannelKind.WEB).emotion(1)
                                .opportunityIds(List.of("opp-tp-reviews-1")).build(),
                        Touchpoint.builder("tp-cart", "st-buy", TOUCHPOINTS).order(0)
                                .title("Add to cart").channel(ChannelKind.MOBILE_APP).emotion(2).build(),
                        Touchpoint.builder("tp-pay", "st-buy", TOUCHPOINTS).order(1)
                                .title("Pay").channel(ChannelKind.MOBILE_APP).emotion(-1)
                                .painPoints(List.of(new PainPoint(
                                        "Card declined twice without saying why, so I almost gave up", 3)))
                                .build(),
                        Touchpoint.builder("tp-deliver", "st-receive", TOUCHPOINTS).order(0)
                                .title("Parcel arrives").channel(ChannelKind.DELIVERY).emotion(-2)
                                .painPoints(List.of(new PainPoint("Late", 2), new PainPoint("Box damaged", 1)))
                                .build())
                .opportunities(Opportunity.idea("opp-tp-reviews-1", "Show verified reviews first", null));
    }

    /** An airline journey whose touchpoints share names with the survey fixtures and the generated survey. */
    public static JourneyMap airline(String id) {
        String[][] cells = {{"st-book", "Booking", "Seat selection", "Payment"},
            {"st-airport", "Check-in at the desk", "Security", "Boarding"},
            {"st-flight", "Seat comfort", "Meals", "Crew"}, {"st-arrive", "Arrival"}};
        List<Touchpoint> cards = new ArrayList<>();
        for (String[] cell : cells) {
            for (int i = 1; i < cell.length; i++) {
                Double expected = cell[i].equals("Boarding") ? Double.valueOf(4.0)
                        : cell[i].equals("Meals") ? Double.valueOf(3.0) : null;
                cards.add(Touchpoint.builder("tp-" + cards.size(), cell[0], TOUCHPOINTS).order(i - 1).title(cell[i])
                        .expectedScore(expected).build());
            }
        }
        return journey(id).titled("Flying with Aurora Air").at(Instant.parse("2026-03-01T09:00:00Z"))
                .stages(new Stage("st-book", "Book"), new Stage("st-airport", "Airport"),
                        new Stage("st-flight", "Flight"), new Stage("st-arrive", "Arrive"))
                .cards(cards.toArray(Touchpoint[]::new)).build();
    }

    /**
     * A hotel stay for the workshop tests: two stages ("Book", "Stay"), two customer touchpoints each, one card in
     * the pain-point lane, two segments and a persona, plus the {@code HOTEL_SECRET_…} texts a phone must not see.
     */
    public static JourneyMap hotel(String id) {
        return journey(id).titled("Hotel stay").described("A secret description of the project")
                .at(Instant.parse("2026-11-01T10:00:00Z"))
                .personas(new Persona("per-bea", "Bea", "Consultant, 41", null, "seg-biz"))
                .segments(new Segment("seg-biz", "Business travellers", "", null),
                        new Segment("seg-fam", "Families", "", null))
                .stages(new Stage("st-book", "Book"), new Stage("st-stay", "Stay"))
                .cards(Touchpoint.builder("tp-search", "st-book", TOUCHPOINTS).order(0).title("Search rooms")
                                .description(HOTEL_SECRET_DESCRIPTION)
                                .painPoints(List.of(new PainPoint(HOTEL_SECRET_PAIN, 3, null))).build(),
                        Touchpoint.builder("tp-pay", "st-book", TOUCHPOINTS).order(1).title("Pay online").build(),
                        Touchpoint.builder("tp-checkin", "st-stay", TOUCHPOINTS).order(0).title("Check in").build(),
                        Touchpoint.builder("tp-room", "st-stay", TOUCHPOINTS).order(1).title("Room").build(),
                        Touchpoint.builder("tp-backstage", "st-stay", PAIN_POINTS).title(HOTEL_BACKSTAGE_TITLE).build())
                .build();
    }

    /** {@code touchpoints} customer touchpoints, four to a stage, and segments "A" and "B": for the load tests. */
    public static JourneyMap loadTest(String id, int touchpoints) {
        return journey(id).titled("Load test").at(Instant.parse("2026-11-01T10:00:00Z"))
                .withStages((touchpoints + 3) / 4).withCards(touchpoints)
                .segments(new Segment("seg-a", "A", "", null), new Segment("seg-b", "B", "", null)).build();
    }

    /** The benchmarks' long map: 60 stages, 1,000 touchpoints. */
    public static JourneyMap longMap() {
        return longMap(60, 1000, 42);
    }

    /**
     * A long, realistic-looking map for benchmarks and the canvas tests ({@link MapBuilder#withDetails}), every
     * sixth card backstage, rated by three segments. The same seed gives the same map.
     */
    public static JourneyMap longMap(int stages, int touchpoints, long seed) {
        return journey("map-large").titled("Large generated journey").withBackstage()
                .segments(new Segment("seg-new", "New customers", "", "#4c78a8"),
                        new Segment("seg-loyal", "Loyal customers", "", "#f58518"),
                        new Segment("seg-business", "Business", "", "#54a24b"))
                .personas(new Persona("p-1", "Sam, busy parent", "", "#4c78a8", "seg-new"))
                .withStages(stages).withCards(touchpoints).backstageEvery(6).withDetails(seed).build();
    }

    /** A small valid map for the library: one stage "stage-1", one card lane "lane-1", {@code touchpoints} cards. */
    public static JourneyMap small(String id, int touchpoints) {
        return journey(id).titled("Small " + id).at(RICH_CREATED)
                .lanes(new Lane("lane-1", LaneKind.TOUCHPOINTS, "Cards", true))
                .stages(new Stage("stage-1", "Only stage")).withCards(touchpoints).build();
    }

    /** Every field set, nulls and empty lists where the model allows them, lists deliberately out of id order. */
    public static JourneyMap rich(String id) {
        return FullMaps.rich(id);
    }

    /** Every field of the model and every enum value, on {@code scale}: for exhaustive round trips. */
    public static JourneyMap everyField(RatingScale scale) {
        return FullMaps.everyField(scale);
    }

    /** Only the required parts: no lanes, no stages, nothing else. */
    public static JourneyMap minimal() {
        return journey("map-minimal").titled("Nothing yet").lanes().build();
    }
}
