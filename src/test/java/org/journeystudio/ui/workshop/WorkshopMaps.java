package org.journeystudio.ui.workshop;

import java.util.List;
import java.util.Set;
import org.journeystudio.layout.SampleJourneys;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.workshop.LiveComment;
import org.journeystudio.workshop.WorkshopState;

/** The shopping journey with two segments, and workshop states over it. */
public final class WorkshopMaps {
    public static final String NEW = "seg-new";
    public static final String REGULAR = "seg-regular";

    private WorkshopMaps() {
    }

    /** Five touchpoints (search, reviews, cart, pay, deliver) in three stages; segments "New customers", "Regulars". */
    public static JourneyMap shop(String id) {
        return SampleJourneys.shopping(id, "Shop").withSegments(List.of(
                new Segment(NEW, "New customers", "", "#4c78a8"),
                new Segment(REGULAR, "Regulars", "", "#f58518")));
    }

    public static WorkshopState state(JourneyMap map, int participants, ResponseCounts counts, boolean revealed,
                               List<LiveComment> comments) {
        List<String> ids = map.customerTouchpoints().stream().map(Touchpoint::id).toList();
        return new WorkshopState(participants, Set.of(), true, revealed, ids, counts, comments, false);
    }
}
