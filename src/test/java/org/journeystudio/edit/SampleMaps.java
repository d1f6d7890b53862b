package org.journeystudio.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** Maps for edit tests: a small online-retailer journey shaped like the studio's templates. */
public final class SampleMaps {
    public static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    public static final String TOUCHPOINTS = "lane-touchpoints";
    public static final String BACKSTAGE = "lane-backstage";
    public static final String EMOTION = "lane-emotion";

    private SampleMaps() {
    }

    /**
     * Six stages, the usual lanes plus backstage, two segments, two personas and cards with ratings, pain
     * points and opportunities. Card titles are unique, and ids are "tp-" + the title in lower case.
     */
    public static JourneyMap retailer() {
        JourneyMap blank = JourneyMap.blank("map-retail", "Online retailer", NOW);
        List<Lane> lanes = new ArrayList<>(blank.lanes());
        lanes.add(new Lane(BACKSTAGE, LaneKind.BACKSTAGE, "Backstage", true));
        List<Stage> stages = List.of(new Stage("st-discover", "Discover"), new Stage("st-search", "Search"),
                new Stage("st-choose", "Choose"), new Stage("st-pay", "Pay"),
                new Stage("st-delivery", "Delivery"), new Stage("st-return", "Return"));
        List<Segment> segments = List.of(new Segment("seg-new", "New customers", "", "#1f77b4"),
                new Segment("seg-regular", "Regulars", "", "#ff7f0e"));
        List<Persona> personas = List.of(new Persona("p-ana", "Ana", "First order", "#2ca02c", "seg-new"),
                new Persona("p-ben", "Ben", "Orders weekly", "#d62728", "seg-regular"));
        List<Touchpoint> cards = new ArrayList<>();
        String[][] layout = {
                {"st-discover", TOUCHPOINTS, "Ad", "Social post"},
                {"st-discover", BACKSTAGE, "Campaign"},
                {"st-search", TOUCHPOINTS, "Search box", "Filters", "Reviews"},
                {"st-choose", TOUCHPOINTS, "Product page", "Size guide"},
                {"st-pay", TOUCHPOINTS, "Basket", "Checkout", "Payment"},
                {"st-pay", BACKSTAGE, "Fraud check"},
                {"st-delivery", TOUCHPOINTS, "Dispatch mail", "Courier"},
                {"st-return", TOUCHPOINTS, "Return form"},
        };
        int n = 0;
        for (String[] cell : layout) {
            for (int i = 2; i < cell.length; i++, n++) {
                Map<String, Double> ratings = new HashMap<>();
                ratings.put("seg-new", 1.0 + n % 5);
                if (n % 3 != 0) {
                    ratings.put("seg-regular", 1.0 + (n * 2) % 5);
                }
                cards.add(Touchpoint.builder(id(cell[i]), cell[0], cell[1]).order(i - 2).title(cell[i])
                        .channel(ChannelKind.values()[n % ChannelKind.values().length])
                        .owner(n % 2 == 0 ? "Marketing" : "Operations")
                        .emotion(n % 5 - 2)
                        .components(n % 2 == 0 ? Set.of(ExperienceComponent.FUNCTIONAL)
                                : Set.of(ExperienceComponent.EMOTIONAL, ExperienceComponent.ACCESSIBLE))
                        .expectations(List.of("Quick", "Clear"))
                        .painPoints(n % 4 == 0 ? List.of(new PainPoint("Slow", 2, Evidence.OBSERVED)) : List.of())
                        .opportunities(n % 3 == 0 ? List.of(new Opportunity("Simplify")) : List.of())
                        .satisfaction(ratings)
                        .expectedScore(n % 2 == 0 ? 4.0 : null)
                        .evidence(Evidence.values()[n % 3])
                        .build());
            }
        }
        return new JourneyMap("map-retail", "Online retailer", "Buying shoes online", "Ana orders trainers",
                NOW, NOW, RatingScale.ONE_TO_FIVE, personas, segments, stages, lanes, cards);
    }

    public static String id(String title) {
        return "tp-" + title.toLowerCase().replace(' ', '-');
    }

    /** Titles of one cell's cards in order. */
    public static List<String> titlesIn(JourneyMap map, String stageId, String laneId) {
        return map.touchpointsIn(stageId, laneId).stream().map(Touchpoint::title).toList();
    }

    /** Every cell's orders are 0, 1, 2… */
    public static boolean ordersAreDense(JourneyMap map) {
        Map<String, List<Integer>> byCell = new HashMap<>();
        for (Touchpoint tp : map.touchpoints()) {
            byCell.computeIfAbsent(tp.stageId() + "|" + tp.laneId(), k -> new ArrayList<>()).add(tp.order());
        }
        for (List<Integer> orders : byCell.values()) {
            orders.sort(null);
            for (int i = 0; i < orders.size(); i++) {
                if (orders.get(i) != i) {
                    return false;
                }
            }
        }
        return true;
    }
}
