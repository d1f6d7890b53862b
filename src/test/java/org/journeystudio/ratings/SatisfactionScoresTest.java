package org.journeystudio.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class SatisfactionScoresTest {
    private final Segment first = new Segment("seg-a", "First-time buyers", "", "#4c78a8");
    private final Segment returning = new Segment("seg-b", "Returning customers", "", "#f58518");

    @Test
    void theMeanIsOverTheSegmentsThatRatedTheTouchpoint() {
        Touchpoint rated = touchpoint(Map.of("seg-a", 2.0, "seg-b", 5.0));
        Touchpoint once = touchpoint(Map.of("seg-b", 4.0));
        assertThat(SatisfactionScores.meanOverSegments().score(rated)).isEqualTo(3.5);
        assertThat(SatisfactionScores.meanOverSegments().score(once)).isEqualTo(4.0);
        assertThat(SatisfactionScores.meanOverSegments().score(touchpoint(Map.of()))).isNaN();
    }

    @Test
    void aChosenSegmentShowsItsOwnRatingOrNone() {
        Touchpoint once = touchpoint(Map.of("seg-b", 4.0));
        assertThat(SatisfactionScores.of(returning).score(once)).isEqualTo(4.0);
        assertThat(SatisfactionScores.of(first).score(once)).isNaN();
        assertThat(SatisfactionScores.of(first).label()).contains("First-time buyers");
        assertThat(SatisfactionScores.meanOverSegments().label()).contains("mean");
    }

    private static Touchpoint touchpoint(Map<String, Double> ratings) {
        return Touchpoint.builder("tp-1", "st-1", "ln-1").title("Checkout")
                .satisfaction(new LinkedHashMap<>(ratings)).build();
    }
}
