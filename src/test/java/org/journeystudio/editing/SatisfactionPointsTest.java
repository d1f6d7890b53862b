package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeystudio.editing.SatisfactionPoints.Move;
import org.journeystudio.model.RatingScale;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** Whole points on the map's scale: what is pressed, what is said, where the keys go. */
@FastTest
class SatisfactionPointsTest {
    private final SatisfactionPoints fiveStars = new SatisfactionPoints(RatingScale.ONE_TO_FIVE);

    @Test
    void thePointsAreTheWholeNumbersOfTheMapsScale() {
        assertThat(fiveStars.points()).containsExactly(1, 2, 3, 4, 5);
        assertThat(new SatisfactionPoints(RatingScale.ZERO_TO_TEN).points()).hasSize(11).startsWith(0).endsWith(10);
    }

    @Test
    void onlyAWholeRatingPressesAPointAndAnAverageSaysWhatItIs() {
        assertThat(fiveStars.chosen(4.0)).contains(4);
        assertThat(fiveStars.chosen(null)).isEmpty();
        assertThat(fiveStars.chosen(3.4)).isEmpty();
        assertThat(fiveStars.describe(null)).isEqualTo("Not rated");
        assertThat(fiveStars.describe(4.0)).isEqualTo("4 / 5");
        assertThat(fiveStars.describe(3.4)).isEqualTo("3.4 / 5 average");
        assertThat(SatisfactionPoints.isAverage(3.4)).isTrue();
        assertThat(SatisfactionPoints.isAverage(3.0)).isFalse();
        assertThat(SatisfactionPoints.isAverage(null)).isFalse();
    }

    @Test
    void arrowsStepToWholePointsAndStopAtTheEnds() {
        assertThat(fiveStars.after(3.0, Move.UP)).contains(4);
        assertThat(fiveStars.after(3.0, Move.DOWN)).contains(2);
        assertThat(fiveStars.after(3.4, Move.UP)).contains(4);
        assertThat(fiveStars.after(3.4, Move.DOWN)).contains(3);
        assertThat(fiveStars.after(null, Move.UP)).contains(1);
        assertThat(fiveStars.after(null, Move.DOWN)).contains(5);
        assertThat(fiveStars.after(5.0, Move.UP)).isEmpty();
        assertThat(fiveStars.after(1.0, Move.DOWN)).isEmpty();
        assertThat(fiveStars.after(2.0, Move.HIGHEST)).contains(5);
        assertThat(fiveStars.after(2.0, Move.LOWEST)).contains(1);
        assertThat(fiveStars.after(1.0, Move.LOWEST)).isEmpty();
    }

    @Test
    void aDigitPicksItsPointWhenTheScaleHasIt() {
        assertThat(fiveStars.digit(4)).contains(4);
        assertThat(fiveStars.digit(0)).isEmpty();
        assertThat(fiveStars.digit(7)).isEmpty();
        assertThat(new SatisfactionPoints(RatingScale.ZERO_TO_TEN).digit(0)).contains(0);
    }
}
