package org.journeystudio.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Persona;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/** Maps for the workshop tests: customer touchpoints to rate, plus things a phone must never see. */
final class WorkshopMaps {
    static final String SECRET_DESCRIPTION = "Internal: margin on this step is 42%";
    static final String SECRET_PAIN = "Staff complain about the booking tool";
    static final String BACKSTAGE_TITLE = "Night audit batch job";

    private WorkshopMaps() {
    }

    /** Two stages ("Book", "Stay"), two customer touchpoints each, one backstage card, two segments, a persona. */
    static JourneyMap hotel(String id) {
        JourneyMap blank = JourneyMap.blank(id, "Hotel stay", Instant.parse("2026-11-01T10:00:00Z"));
        List<Touchpoint> touchpoints = List.of(
                card("tp-search", "st-book", 0, "Search rooms").description(SECRET_DESCRIPTION)
                        .painPoints(List.of(new PainPoint(SECRET_PAIN, 3, null))).build(),
                card("tp-pay", "st-book", 1, "Pay online").build(),
                card("tp-checkin", "st-stay", 0, "Check in").build(),
                card("tp-room", "st-stay", 1, "Room").build(),
                Touchpoint.builder("tp-backstage", "st-stay", "lane-pain-points").title(BACKSTAGE_TITLE).build());
        return new JourneyMap(id, "Hotel stay", "A secret description of the project", "", blank.created(),
                blank.modified(), RatingScale.ONE_TO_FIVE,
                List.of(new Persona("per-bea", "Bea", "Consultant, 41", null, "seg-biz")),
                List.of(new Segment("seg-biz", "Business travellers", "", null),
                        new Segment("seg-fam", "Families", "", null)),
                List.of(new Stage("st-book", "Book"), new Stage("st-stay", "Stay")),
                blank.lanes(), touchpoints);
    }

    /** One stage per four touchpoints, {@code count} customer touchpoints in all: for the load tests. */
    static JourneyMap large(String id, int count) {
        JourneyMap blank = JourneyMap.blank(id, "Load test", Instant.parse("2026-11-01T10:00:00Z"));
        List<Stage> stages = new ArrayList<>();
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i % 4 == 0) {
                stages.add(new Stage("st-" + i / 4, "Stage " + (i / 4 + 1)));
            }
            touchpoints.add(card("tp-" + i, "st-" + i / 4, i % 4, "Touchpoint " + (i + 1)).build());
        }
        return blank.withStages(stages).withTouchpoints(touchpoints)
                .withSegments(List.of(new Segment("seg-a", "A", "", null), new Segment("seg-b", "B", "", null)));
    }

    private static Touchpoint.Builder card(String id, String stageId, int order, String title) {
        return Touchpoint.builder(id, stageId, "lane-touchpoints").order(order).title(title);
    }
}
