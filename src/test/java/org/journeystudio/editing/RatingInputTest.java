package org.journeystudio.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.journeystudio.model.RatingScale;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** Typed scores: numbers on the scale pass, anything else is refused with what was typed and what is allowed. */
@FastTest
class RatingInputTest {

    @Test
    void numbersOnTheScaleAreReadAndEmptyMeansNone() {
        assertThat(RatingInput.parse(" 3.5 ", RatingScale.ONE_TO_FIVE, "expected score")).isEqualTo(3.5);
        assertThat(RatingInput.parse("7,5", RatingScale.ZERO_TO_TEN, "expected score")).isEqualTo(7.5);
        assertThat(RatingInput.parse("0", RatingScale.ZERO_TO_TEN, "expected score")).isEqualTo(0.0);
        assertThat(RatingInput.parse("  ", RatingScale.ONE_TO_FIVE, "expected score")).isNull();
    }

    @Test
    void aNumberOffTheScaleNamesTheScale() {
        assertThatThrownBy(() -> RatingInput.parse("0", RatingScale.ONE_TO_FIVE, "expected score"))
                .hasMessage("The expected score 0 is off the map's scale: use a number from 1 to 5");
        assertThatThrownBy(() -> RatingInput.parse("7.5", RatingScale.ONE_TO_SEVEN, "expected score"))
                .hasMessageContaining("7.5").hasMessageContaining("1 to 7");
    }

    @Test
    void textThatIsNoNumberIsQuoted() {
        assertThatThrownBy(() -> RatingInput.parse("four", RatingScale.ONE_TO_FIVE, "expected score"))
                .hasMessage("The expected score must be a number such as 4 or 3.5, not 'four'");
    }
}
