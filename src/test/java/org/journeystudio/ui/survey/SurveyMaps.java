package org.journeystudio.ui.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/** An airline journey whose touchpoints share names with the survey fixtures and the generated survey. */
public final class SurveyMaps {
    private SurveyMaps() {
    }

    public static JourneyMap airline(String id) {
        JourneyMap blank = JourneyMap.blank(id, "Flying with Aurora Air", Instant.parse("2026-03-01T09:00:00Z"));
        String lane = blank.lanes().get(0).id();
        List<Stage> stages = List.of(new Stage("st-book", "Book", "", 240), new Stage("st-airport", "Airport", "", 240),
                new Stage("st-flight", "Flight", "", 240), new Stage("st-arrive", "Arrive", "", 240));
        List<Touchpoint> touchpoints = new ArrayList<>();
        String[][] cards = {{"st-book", "Booking"}, {"st-book", "Seat selection"}, {"st-book", "Payment"},
            {"st-airport", "Check-in at the desk"}, {"st-airport", "Security"}, {"st-airport", "Boarding"},
            {"st-flight", "Seat comfort"}, {"st-flight", "Meals"}, {"st-flight", "Crew"}, {"st-arrive", "Arrival"}};
        int order = 0;
        String stage = "";
        for (String[] card : cards) {
            order = card[0].equals(stage) ? order + 1 : 0;
            stage = card[0];
            touchpoints.add(Touchpoint.builder("tp-" + touchpoints.size(), card[0], lane).order(order).title(card[1])
                    .expectedScore(card[1].equals("Boarding") ? Double.valueOf(4.0) : card[1].equals("Meals") ? Double.valueOf(3.0) : null).build());
        }
        return blank.withStages(stages).withTouchpoints(touchpoints);
    }
}
