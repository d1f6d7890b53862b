package org.journeystudio.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeystudio.compare.RatingSpread;
import org.journeystudio.compare.RatingSpreads;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenarios;
import org.journeystudio.model.Touchpoint;

/**
 * {@link SampleMaps#shop} with an As-is and a To-be scenario, the To-be shown: in it "Read reviews" was removed,
 * "Track the parcel" added and "Pay" edited (renamed "Pay in one tap", happier, rated higher), the rest copied.
 */
public final class ScenarioMaps {
    public static final String ADDED = "Track the parcel";
    public static final String REMOVED = "Read reviews";
    public static final String EDITED_BEFORE = "Pay";
    public static final String EDITED = "Pay in one tap";

    private ScenarioMaps() {
    }

    public static JourneyMap asIsAndToBe(String id) {
        JourneyMap asIs = rate(SampleMaps.shop(id), Map.of(
                "tp-search", Map.of(SampleMaps.NEW_CUSTOMERS, 3.0, SampleMaps.REGULARS, 4.0),
                "tp-cart", Map.of(SampleMaps.NEW_CUSTOMERS, 4.0),
                "tp-pay", Map.of(SampleMaps.NEW_CUSTOMERS, 2.0, SampleMaps.REGULARS, 2.5),
                "tp-deliver", Map.of(SampleMaps.NEW_CUSTOMERS, 2.0)));
        AtomicInteger ids = new AtomicInteger();
        JourneyMap toBe = AddScenario.copying(asIs, Scenarios.FIRST_ID, "To-be", () -> "tobe-" + ids.incrementAndGet())
                .apply(asIs);
        List<Touchpoint> edited = new ArrayList<>();
        for (Touchpoint t : toBe.touchpoints()) {
            if (t.title().equals(REMOVED)) {
                continue;
            }
            if (t.title().equals(EDITED_BEFORE)) {
                t = t.toBuilder().title(EDITED).emotion(1).satisfaction(Map.of(SampleMaps.NEW_CUSTOMERS, 4.2,
                        SampleMaps.REGULARS, 2.8)).build();
            }
            if (t.origin().equals("tp-deliver")) {
                t = t.toBuilder().satisfaction(Map.of(SampleMaps.NEW_CUSTOMERS, 2.0, SampleMaps.REGULARS, 3.0)).build();
            }
            edited.add(t);
        }
        edited.add(Touchpoint.builder("tobe-new", "st-receive", SampleMaps.TOUCHPOINTS).order(1).title(ADDED)
                .channel(ChannelKind.MOBILE_APP).emotion(1).build());
        return toBe.withTouchpoints(edited);
    }

    /** Survey answers behind Pay: New customers moved beyond noise, Regulars did not. Old ids, then new ids. */
    public static RatingSpreads beforeSpreads() {
        return (touchpoint, segment) -> touchpoint.equals("tp-pay") ? Optional.of(segment.equals(
                SampleMaps.NEW_CUSTOMERS) ? new RatingSpread(40, 1.7, 2.3) : new RatingSpread(20, 2.0, 3.0))
                : Optional.empty();
    }

    public static RatingSpreads afterSpreads(JourneyMap toBe) {
        String pay = toBe.touchpoints().stream().filter(t -> t.title().equals(EDITED)).findFirst().orElseThrow().id();
        return (touchpoint, segment) -> touchpoint.equals(pay) ? Optional.of(segment.equals(
                SampleMaps.NEW_CUSTOMERS) ? new RatingSpread(35, 3.9, 4.5) : new RatingSpread(22, 2.4, 3.2))
                : Optional.empty();
    }

    private static JourneyMap rate(JourneyMap map, Map<String, Map<String, Double>> ratings) {
        return map.withTouchpoints(map.touchpoints().stream()
                .map(t -> t.toBuilder().satisfaction(ratings.getOrDefault(t.id(), Map.of())).build()).toList());
    }
}
