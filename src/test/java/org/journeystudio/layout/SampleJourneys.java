package org.journeystudio.layout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/** Small journey maps built with the model for layout and UI tests. */
public final class SampleJourneys {
    public static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    public static final String TOUCHPOINTS = "lane-touchpoints";
    public static final String EMOTION = "lane-emotion";
    public static final String PAIN_POINTS = "lane-pain-points";

    private SampleJourneys() {
    }

    /** A shopping journey: three stages of different widths, five touchpoints, emotions from −2 to +2. */
    public static JourneyMap shopping(String id, String title) {
        JourneyMap blank = JourneyMap.blank(id, title, NOW);
        List<Stage> stages = List.of(
                new Stage("st-search", "Search", "Look for a product", 220),
                new Stage("st-buy", "Buy", "Add to cart and pay", 300),
                new Stage("st-receive", "Receive", "", 260));
        List<Touchpoint> touchpoints = new ArrayList<>();
        touchpoints.add(Touchpoint.builder("tp-search", "st-search", TOUCHPOINTS).order(0)
                .title("Search the web").channel(ChannelKind.WEB).emotion(0)
                .expectations(List.of("Relevant results on the first page")).build());
        touchpoints.add(Touchpoint.builder("tp-reviews", "st-search", TOUCHPOINTS).order(1)
                .title("Read reviews").channel(ChannelKind.WEB).emotion(1)
                .opportunities(List.of(new Opportunity("Show verified reviews first"))).build());
        touchpoints.add(Touchpoint.builder("tp-cart", "st-buy", TOUCHPOINTS).order(0)
                .title("Add to cart").channel(ChannelKind.MOBILE_APP).emotion(2).build());
        touchpoints.add(Touchpoint.builder("tp-pay", "st-buy", TOUCHPOINTS).order(1)
                .title("Pay").channel(ChannelKind.MOBILE_APP).emotion(-1)
                .painPoints(List.of(new PainPoint("Card declined twice without saying why, so I almost gave up", 3)))
                .build());
        touchpoints.add(Touchpoint.builder("tp-deliver", "st-receive", TOUCHPOINTS).order(0)
                .title("Parcel arrives").channel(ChannelKind.DELIVERY).emotion(-2)
                .painPoints(List.of(new PainPoint("Late", 2), new PainPoint("Box damaged", 1)))
                .build());
        return blank.withStages(stages).withTouchpoints(touchpoints);
    }

    /** The same map with one lane hidden. */
    public static JourneyMap hiding(JourneyMap map, String laneId) {
        return map.withLanes(map.lanes().stream()
                .map(l -> l.id().equals(laneId) ? l.withVisible(false) : l).toList());
    }

    /** Adds a card lane of the given id after the others. */
    public static JourneyMap withLane(JourneyMap map, Lane lane) {
        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.add(lane);
        return map.withLanes(lanes);
    }
}
