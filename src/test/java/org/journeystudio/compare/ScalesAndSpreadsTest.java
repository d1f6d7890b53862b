package org.journeystudio.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Ratings on different scales meet on the wider one; a change is "apart" only when both intervals say so. */
@FastTest
class ScalesAndSpreadsTest {
    private static final Segment SEGMENT = new Segment("seg", "Students", "", null);

    private static JourneyMap rated(RatingScale scale, double rating) {
        return SampleMaps.journey("m").scale(scale).stages(new Stage("st", "Pay")).segments(SEGMENT)
                .cards(Touchpoint.builder("tp", "st", "lane-touchpoints").title("Checkout")
                        .satisfaction(Map.of("seg", rating)).build())
                .build();
    }

    @Test
    void oneToFiveAgainstZeroToTenIsComparedOnZeroToTenAndSaysSo() {
        MapComparison comparison = MapComparison.of(rated(RatingScale.ONE_TO_FIVE, 4), rated(RatingScale.ZERO_TO_TEN, 8));

        assertThat(comparison.scale()).isEqualTo(RatingScale.ZERO_TO_TEN);
        assertThat(comparison.scaleNote()).contains("1-5").contains("0-10");
        assertThat(comparison.satisfaction()).singleElement().satisfies(d -> {
            assertThat(d.before()).isEqualTo(7.5);
            assertThat(d.after()).isEqualTo(8.0);
            assertThat(d.delta()).isEqualTo(0.5);
        });
        // 4 of 1-5 is 7.5 of 0-10, not 8: the rating changed.
        assertThat(comparison.changed()).singleElement()
                .satisfies(c -> assertThat(c.fieldNames()).containsExactly("satisfaction"));
        assertThat(MapComparison.of(rated(RatingScale.ZERO_TO_TEN, 7.5), rated(RatingScale.ONE_TO_FIVE, 4)).changed())
                .isEmpty();
    }

    @Test
    void apartOnlyWhenBothIntervalsExistAndDoNotOverlap() {
        JourneyMap before = rated(RatingScale.ONE_TO_FIVE, 3);
        JourneyMap after = rated(RatingScale.ONE_TO_FIVE, 4);

        assertThat(apart(before, spread(40, 2.8, 3.2), after, spread(50, 3.7, 4.3))).isTrue();
        assertThat(apart(before, spread(40, 2.5, 3.5), after, spread(50, 3.4, 4.6))).isFalse();
        assertThat(apart(before, spread(40, 2.8, 3.2), after, RatingSpreads.NONE)).isNull();
        assertThat(apart(before, RatingSpreads.NONE, after, RatingSpreads.NONE)).isNull();
        // One answer: n is known but there is no interval.
        assertThat(apart(before, spread(1, Double.NaN, Double.NaN), after, spread(50, 3.7, 4.3))).isNull();
        SatisfactionDelta one = MapComparison.of(before, spread(1, Double.NaN, Double.NaN), after,
                spread(50, 3.7, 4.3)).satisfaction().get(0);
        assertThat(one.nBefore()).isEqualTo(1);
        assertThat(one.nAfter()).isEqualTo(50);
    }

    @Test
    void intervalsAreConvertedWithTheirRatings() {
        // 1-5: [3.5, 4.5] is [6.25, 8.75] on 0-10, which overlaps [8.5, 9.5] there.
        assertThat(apart(rated(RatingScale.ONE_TO_FIVE, 4), spread(30, 3.5, 4.5), rated(RatingScale.ZERO_TO_TEN, 9),
                spread(30, 8.5, 9.5))).isFalse();
        assertThat(apart(rated(RatingScale.ONE_TO_FIVE, 4), spread(30, 3.5, 4.0), rated(RatingScale.ZERO_TO_TEN, 9),
                spread(30, 8.5, 9.5))).isTrue();
    }

    private static Boolean apart(JourneyMap before, RatingSpreads a, JourneyMap after, RatingSpreads b) {
        return MapComparison.of(before, a, after, b).satisfaction().get(0).apart();
    }

    private static RatingSpreads spread(long n, double low, double high) {
        return (touchpoint, segment) -> touchpoint.equals("tp") && segment.equals("seg")
                ? Optional.of(new RatingSpread(n, low, high)) : Optional.empty();
    }
}
