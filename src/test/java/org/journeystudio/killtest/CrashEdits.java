package org.journeystudio.killtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.SampleMaps;

/**
 * The edits the crash test's child makes, numbered 1, 2, 3…: adds, changes and removals of touchpoints, so
 * the parent can compute exactly what the library must hold after edit N.
 */
final class CrashEdits {
    static final String PROJECT_ID = "crash-map";
    private static final int MOST_CARDS = 40;
    private static final String TITLE = "Crash edit ";

    private CrashEdits() {
    }

    static JourneyMap initial() {
        return SampleMaps.small(PROJECT_ID, 0)
                .withSegments(List.of(new Segment("seg-1", "Everyone", "", null)))
                .withTitle(TITLE + 0)
                .withTimes(Instant.EPOCH, Instant.EPOCH);
    }

    /** The number of the last edit a stored map holds: its title says it (the library stamps its own times). */
    static long editOf(JourneyMap map) {
        return Long.parseLong(map.title().substring(TITLE.length()));
    }

    /** {@code map} with the times of {@code like}, to compare contents whatever time the library stamped. */
    static JourneyMap timedAs(JourneyMap map, JourneyMap like) {
        return map.withTimes(like.created(), like.modified());
    }

    static JourneyMap after(long edits) {
        JourneyMap map = initial();
        for (long edit = 1; edit <= edits; edit++) {
            map = apply(map, edit);
        }
        return map;
    }

    /**
     * Edit {@code n}: every 5th removes an earlier card, every 3rd changes the newest card, others add one; a map
     * of {@value #MOST_CARDS} cards loses its oldest instead, so that hundreds of trials keep saves as quick.
     */
    static JourneyMap apply(JourneyMap map, long n) {
        List<Touchpoint> touchpoints = new ArrayList<>(map.touchpoints());
        if ((n % 5 == 0 || touchpoints.size() >= MOST_CARDS) && touchpoints.size() > 1) {
            touchpoints.remove(0);
        } else if (n % 3 == 0 && !touchpoints.isEmpty()) {
            Touchpoint newest = touchpoints.get(touchpoints.size() - 1);
            touchpoints.set(touchpoints.size() - 1, newest.toBuilder()
                    .title("changed by edit " + n)
                    .painPoints(List.of(new PainPoint("pain " + n, (int) (1 + n % 3))))
                    .satisfaction(Map.of("seg-1", 1.0 + n % 5))
                    .build());
        } else {
            touchpoints.add(Touchpoint.builder("tp-" + n, "stage-1", "lane-1")
                    .order((int) n)
                    .title("added by edit " + n)
                    .expectations(List.of("expectation " + n, "another " + n))
                    .build());
        }
        return map.withTouchpoints(touchpoints).withTitle(TITLE + n);
    }
}
