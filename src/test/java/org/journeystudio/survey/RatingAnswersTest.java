package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.model.RatingScale.ONE_TO_FIVE;
import static org.journeystudio.model.RatingScale.ONE_TO_SEVEN;
import static org.journeystudio.model.RatingScale.ZERO_TO_TEN;
import static org.journeystudio.survey.RatingAnswers.NOT_APPLICABLE;
import static org.journeystudio.survey.RatingAnswers.NOT_A_RATING;
import static org.journeystudio.survey.RatingAnswers.OUT_OF_SCALE;

import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class RatingAnswersTest {
    private final NotApplicableCodes defaults = NotApplicableCodes.defaults();

    @Test
    void numbers_and_default_not_applicable_codes() {
        assertThat(RatingAnswers.read(" 4 ", ONE_TO_FIVE, defaults)).isEqualTo(4);
        assertThat(RatingAnswers.read("4.0", ONE_TO_FIVE, defaults)).isEqualTo(4);
        assertThat(RatingAnswers.read("", ONE_TO_FIVE, defaults)).isEqualTo(NOT_APPLICABLE);
        assertThat(RatingAnswers.read("n/a", ONE_TO_FIVE, defaults)).isEqualTo(NOT_APPLICABLE);
        assertThat(RatingAnswers.read("0", ONE_TO_FIVE, defaults)).isEqualTo(NOT_APPLICABLE);
        assertThat(RatingAnswers.read("0", ZERO_TO_TEN, defaults)).isZero();
        assertThat(RatingAnswers.read("0", ONE_TO_SEVEN, defaults)).isEqualTo(OUT_OF_SCALE);
        assertThat(RatingAnswers.read("6", ONE_TO_FIVE, defaults)).isEqualTo(OUT_OF_SCALE);
        assertThat(RatingAnswers.read("-1", ZERO_TO_TEN, defaults)).isEqualTo(OUT_OF_SCALE);
        assertThat(RatingAnswers.read("3.5", ONE_TO_FIVE, defaults)).isEqualTo(NOT_A_RATING);
        assertThat(RatingAnswers.read("soon", ONE_TO_FIVE, defaults)).isEqualTo(NOT_A_RATING);
    }

    @Test
    void choice_texts_map_onto_the_scale() {
        assertThat(RatingAnswers.read("Very satisfied", ONE_TO_FIVE, defaults)).isEqualTo(5);
        assertThat(RatingAnswers.read("neither satisfied nor dissatisfied", ONE_TO_FIVE, defaults)).isEqualTo(3);
        assertThat(RatingAnswers.read("Strongly disagree", ONE_TO_FIVE, defaults)).isEqualTo(1);
        assertThat(RatingAnswers.read("Somewhat agree", ONE_TO_SEVEN, defaults)).isEqualTo(5);
        assertThat(RatingAnswers.read("10 - Extremely likely", ZERO_TO_TEN, defaults)).isEqualTo(10);
        assertThat(RatingAnswers.read("Very satisfied", ZERO_TO_TEN, defaults)).isEqualTo(NOT_A_RATING);
    }

    @Test
    void user_codes_replace_the_defaults() {
        NotApplicableCodes codes = NotApplicableCodes.parse("99, Don't know");
        assertThat(RatingAnswers.read("99", ZERO_TO_TEN, codes)).isEqualTo(NOT_APPLICABLE);
        assertThat(RatingAnswers.read("don't know", ZERO_TO_TEN, codes)).isEqualTo(NOT_APPLICABLE);
        assertThat(RatingAnswers.read("", ZERO_TO_TEN, codes)).isEqualTo(NOT_APPLICABLE);
        assertThat(RatingAnswers.read("N/A", ONE_TO_FIVE, codes)).isEqualTo(NOT_A_RATING);
        assertThat(RatingAnswers.read("0", ONE_TO_FIVE, codes)).isEqualTo(OUT_OF_SCALE);
    }
}
