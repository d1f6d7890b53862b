package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeystudio.survey.RatingAnswers.NOT_APPLICABLE;
import static org.journeystudio.survey.RatingAnswers.NOT_A_RATING;
import static org.journeystudio.survey.RatingAnswers.OPTED_OUT;
import static org.journeystudio.survey.RatingAnswers.OUT_OF_SCALE;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/**
 * How one answer becomes a point of its column's scale (0 = the lowest point) or a code: numbers, labelled
 * numbers, the catalogue's text scales with their spelling variants, a user's own order, and opt-outs.
 */
@FastTest
class RatingAnswersTest {
    private static final NotApplicableCodes DEFAULTS = NotApplicableCodes.defaults();
    private static final ColumnScale ONE_TO_FIVE = ColumnScale.numeric(AnswerScale.parse("1-5"));
    private static final ColumnScale ONE_TO_SEVEN = ColumnScale.numeric(AnswerScale.parse("1-7"));
    private static final ColumnScale ZERO_TO_TEN = ColumnScale.numeric(AnswerScale.parse("0-10"));

    private static int read(ColumnScale column, String raw) {
        return column.read(raw, DEFAULTS);
    }

    /** The catalogue's form for these answers (as written in a file), read as a text column. */
    private static ColumnScale textColumn(String... answers) {
        ScaleForm form = ScaleCatalogue.formFor(Arrays.stream(answers).map(AnswerText::key).toList());
        assertThat(form).as("a catalogue form for %s", List.of(answers)).isNotNull();
        return ColumnScale.text(form);
    }

    @Test
    void numbers_become_point_indexes() {
        assertThat(read(ONE_TO_FIVE, " 4 ")).isEqualTo(3);
        assertThat(read(ONE_TO_FIVE, "4.0")).isEqualTo(3);
        assertThat(read(ONE_TO_FIVE, "4,0")).as("a decimal comma").isEqualTo(3);
        assertThat(read(ONE_TO_FIVE, "1")).isZero();
        assertThat(read(ONE_TO_FIVE, "5")).isEqualTo(4);
        assertThat(read(ZERO_TO_TEN, "0")).isZero();
        assertThat(read(ZERO_TO_TEN, "10")).isEqualTo(10);
        assertThat(read(ONE_TO_SEVEN, "7")).isEqualTo(6);
    }

    @Test
    void numbers_off_the_scale_are_out_of_scale() {
        assertThat(read(ONE_TO_FIVE, "6")).isEqualTo(OUT_OF_SCALE);
        assertThat(read(ONE_TO_FIVE, "3.5")).as("between two points").isEqualTo(OUT_OF_SCALE);
        assertThat(read(ZERO_TO_TEN, "-1")).isEqualTo(OUT_OF_SCALE);
        assertThat(read(ZERO_TO_TEN, "11")).isEqualTo(OUT_OF_SCALE);
        assertThat(RatingAnswers.isBad(OUT_OF_SCALE)).isTrue();
    }

    @Test
    void empty_answers_and_text_that_is_no_answer() {
        assertThat(read(ONE_TO_FIVE, "")).isEqualTo(NOT_APPLICABLE);
        assertThat(read(ONE_TO_FIVE, "   ")).isEqualTo(NOT_APPLICABLE);
        assertThat(read(ONE_TO_FIVE, "-")).as("punctuation alone is an empty answer").isEqualTo(NOT_APPLICABLE);
        assertThat(read(ONE_TO_FIVE, "soon")).isEqualTo(NOT_A_RATING);
        assertThat(read(ZERO_TO_TEN, "Very satisfied")).as("words on a numeric column").isEqualTo(NOT_A_RATING);
        assertThat(RatingAnswers.isBad(NOT_A_RATING)).isTrue();
        assertThat(RatingAnswers.isBad(NOT_APPLICABLE)).isFalse();
        assertThat(RatingAnswers.isBad(OPTED_OUT)).isFalse();
    }

    @Test
    void opt_out_answers_are_not_applicable_on_any_scale() {
        for (String optOut : List.of("N/A", "n/a", "NA", "Don't know", "Don’t know", "DON'T KNOW ",
                "I don't know / NA", "I don’t know", "Prefer not to say", "Not applicable", "No basis for evaluation",
                "Not applicable (never used)")) {
            assertThat(read(ONE_TO_FIVE, optOut)).as(optOut).isEqualTo(OPTED_OUT);
            assertThat(read(ZERO_TO_TEN, optOut)).as(optOut).isEqualTo(OPTED_OUT);
            assertThat(read(textColumn("Never", "Always"), optOut)).as(optOut).isEqualTo(OPTED_OUT);
        }
        assertThat(read(ONE_TO_FIVE, "-99 - Don't know")).as("a number labelled as an opt-out").isEqualTo(OPTED_OUT);
    }

    @Test
    void zero_is_not_applicable_by_default_only_on_a_numeric_scale_starting_at_one() {
        assertThat(read(ONE_TO_FIVE, "0")).isEqualTo(OPTED_OUT);
        assertThat(read(ONE_TO_SEVEN, "0")).isEqualTo(OPTED_OUT);
        assertThat(read(ZERO_TO_TEN, "0")).isZero();
        assertThat(ONE_TO_FIVE.readWhole(0, DEFAULTS)).isEqualTo(OPTED_OUT);
        assertThat(ZERO_TO_TEN.readWhole(0, DEFAULTS)).isZero();
    }

    @Test
    void the_user_codes_add_to_the_opt_outs_and_replace_the_default_zero() {
        NotApplicableCodes codes = NotApplicableCodes.parse("N/A,99");
        assertThat(ZERO_TO_TEN.read("99", codes)).isEqualTo(OPTED_OUT);
        assertThat(ZERO_TO_TEN.read("99.0", codes)).as("codes compare by value").isEqualTo(OPTED_OUT);
        assertThat(ZERO_TO_TEN.read("N/A", codes)).isEqualTo(OPTED_OUT);
        assertThat(ZERO_TO_TEN.read("Don't know", codes)).as("still an opt-out").isEqualTo(OPTED_OUT);
        assertThat(ZERO_TO_TEN.read("", codes)).isEqualTo(NOT_APPLICABLE);
        assertThat(ONE_TO_FIVE.read("0", codes)).as("0 is no longer a code").isEqualTo(OUT_OF_SCALE);
        assertThat(ONE_TO_FIVE.readWhole(99, codes)).isEqualTo(OPTED_OUT);

        NotApplicableCodes texts = NotApplicableCodes.parse("No experience | I don't know, really");
        assertThat(ONE_TO_FIVE.read("no  experience", texts)).isEqualTo(OPTED_OUT);
        assertThat(ONE_TO_FIVE.read("I don’t know, really", texts)).isEqualTo(OPTED_OUT);
        assertThat(ONE_TO_FIVE.read("Some experience", texts)).isEqualTo(NOT_A_RATING);
    }

    @Test
    void the_exports_own_opt_out_numbers_are_not_applicable_in_that_column() {
        ColumnScale coded = new ColumnScale(AnswerScale.parse("1-5"), null, Set.of(-99.0, 6.0));
        assertThat(coded.read("-99", DEFAULTS)).isEqualTo(OPTED_OUT);
        assertThat(coded.read("6", DEFAULTS)).isEqualTo(OPTED_OUT);
        assertThat(coded.read("5", DEFAULTS)).isEqualTo(4);
        assertThat(read(ONE_TO_FIVE, "-99")).isEqualTo(OUT_OF_SCALE);
    }

    @Test
    void labelled_numbers_are_read_by_their_number() {
        assertThat(read(ONE_TO_FIVE, "5 (Strongly Agree)")).isEqualTo(4);
        assertThat(read(ONE_TO_FIVE, "1 - Very poor")).isZero();
        assertThat(read(ONE_TO_FIVE, "1 – Very poor")).as("an en dash").isZero();
        assertThat(read(ONE_TO_FIVE, "Strongly agree (5)")).isEqualTo(4);
        assertThat(read(ONE_TO_FIVE, "3: Neutral")).isEqualTo(2);
        assertThat(read(ZERO_TO_TEN, "10 = Extremely likely")).isEqualTo(10);
        assertThat(read(ZERO_TO_TEN, "0 - Not at all likely")).isZero();
        assertThat(read(ONE_TO_FIVE, "7 - Way too much")).isEqualTo(OUT_OF_SCALE);

        assertThat(LabelledNumber.parse("5 (Strongly Agree)")).isEqualTo(new LabelledNumber(5, "Strongly Agree"));
        assertThat(LabelledNumber.parse("1 - Very poor")).isEqualTo(new LabelledNumber(1, "Very poor"));
        assertThat(LabelledNumber.parse("10 = Extremely likely")).isEqualTo(new LabelledNumber(10, "Extremely likely"));
        assertThat(LabelledNumber.parse("Strongly agree [5]")).isEqualTo(new LabelledNumber(5, "Strongly agree"));
        assertThat(LabelledNumber.parse("-99 - Don't know")).isEqualTo(new LabelledNumber(-99, "Don't know"));
        assertThat(LabelledNumber.parse("4,5")).isEqualTo(new LabelledNumber(4.5, ""));
        assertThat(LabelledNumber.parse("4,5").isLabelled()).isFalse();
        assertThat(LabelledNumber.parse("Very poor")).isNull();
        assertThat(LabelledNumber.parse("3 - 4")).as("two numbers, no label").isNull();
        assertThat(LabelledNumber.parse("")).isNull();
    }

    @Test
    void a_slider_reads_its_long_decimals_as_whole_points() {
        ColumnScale slider = ColumnScale.numeric(AnswerScale.parse("0-100"));
        assertThat(slider.read("68.0000000000", DEFAULTS)).isEqualTo(68);
        assertThat(slider.read("0.0000000000", DEFAULTS)).isZero();
        assertThat(slider.read("100", DEFAULTS)).isEqualTo(100);
        assertThat(slider.read("68.5", DEFAULTS)).isEqualTo(OUT_OF_SCALE);
        assertThat(slider.read("101", DEFAULTS)).isEqualTo(OUT_OF_SCALE);
        assertThat(slider.readWhole(42, DEFAULTS)).isEqualTo(42);

        ColumnScale halves = ColumnScale.numeric(AnswerScale.parse("0.5-5"));
        assertThat(halves.scale().value(halves.read("4.5", DEFAULTS))).isEqualTo(4.5);
        assertThat(halves.scale().value(halves.read("4,5", DEFAULTS))).isEqualTo(4.5);
        assertThat(halves.read("0.5", DEFAULTS)).isZero();
        assertThat(halves.read("0", DEFAULTS)).isEqualTo(OUT_OF_SCALE);
    }

    @Test
    void text_answers_are_read_on_the_catalogue_form_that_holds_them() {
        ColumnScale agreement = textColumn("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
                "Strongly agree");
        assertThat(agreement.scale().points()).isEqualTo(5);
        assertThat(agreement.form().family()).isEqualTo("Agreement");
        assertThat(read(agreement, "Strongly disagree")).isZero();
        assertThat(read(agreement, "Neither agree nor disagree")).isEqualTo(2);
        assertThat(read(agreement, "Strongly agree")).isEqualTo(4);
        assertThat(read(agreement, "Sometimes")).as("a word of another scale").isEqualTo(NOT_A_RATING);

        ColumnScale satisfaction = textColumn("Very dissatisfied", "Very satisfied");
        assertThat(satisfaction.form().family()).isEqualTo("Satisfaction");
        assertThat(read(satisfaction, "Very satisfied")).isEqualTo(4);
        assertThat(read(satisfaction, "neither satisfied nor dissatisfied")).isEqualTo(2);

        ColumnScale likely = textColumn("Not at all likely", "Extremely likely");
        assertThat(read(likely, "Not at all likely")).isZero();
        assertThat(read(likely, "Extremely likely")).isEqualTo(4);

        ColumnScale ease = textColumn("Very difficult", "Very easy");
        assertThat(read(ease, "Very easy")).isEqualTo(4);
        assertThat(read(ease, "Neither easy nor difficult")).isEqualTo(2);
        assertThat(ease.scale().label()).isEqualTo("1-5 · Very difficult … Very easy");
    }

    @Test
    void spelling_variants_case_spaces_and_curly_apostrophes_meet_their_point() {
        ColumnScale agreement = textColumn("Strongly disagree", "Strongly agree");
        assertThat(read(agreement, "Neither agree or disagree")).isEqualTo(2);
        assertThat(read(agreement, "neither agree nor disagree ")).isEqualTo(2);
        assertThat(read(agreement, "Somewhat agree")).isEqualTo(3);
        assertThat(read(agreement, "STRONGLY  AGREE")).isEqualTo(4);
        assertThat(read(agreement, "Strongly agree.")).isEqualTo(4);
        assertThat(read(agreement, "5 (Strongly Agree)")).as("labelled, the label decides").isEqualTo(4);
        assertThat(read(agreement, "Strongly agree (5)")).isEqualTo(4);

        ColumnScale frequency = textColumn("Never", "Rarely", "Sometimes", "Often", "Always");
        assertThat(read(frequency, "Very Often")).as("a spelling of Often on five points").isEqualTo(3);

        assertThat(AnswerText.key("Neither agree or disagree ")).isEqualTo(AnswerText.key("neither agree nor disagree"));
        assertThat(AnswerText.key("Don’t know")).isEqualTo(AnswerText.key("Don't know")).isEqualTo("dont know");
        assertThat(AnswerText.key("  Very\u00a0 Often!")).isEqualTo("very often");
        assertThat(AnswerText.key("I don't know / NA")).isEqualTo("i dont know na");
        assertThat(AnswerText.display("  Very \n often ")).isEqualTo("Very often");
    }

    @Test
    void very_often_beside_often_and_always_is_the_six_point_frequency_scale() {
        ColumnScale six = textColumn("Never", "Rarely", "Sometimes", "Often", "Very often", "Always");
        assertThat(six.scale().points()).isEqualTo(6);
        assertThat(read(six, "Often")).isEqualTo(3);
        assertThat(read(six, "Very Often")).isEqualTo(4);
        assertThat(read(six, "Always")).isEqualTo(5);
    }

    @Test
    void the_catalogue_leaves_answers_it_cannot_order_to_the_user() {
        assertThat(ScaleCatalogue.formFor(List.of())).isNull();
        assertThat(ScaleCatalogue.formFor(List.of("too slow", "just right"))).isNull();
        assertThat(ScaleCatalogue.formFor(List.of("agree", "often"))).as("two families").isNull();

        ScaleForm custom = ScaleForm.custom(List.of("Too slow", "A bit slow", " Just  right "));
        assertThat(custom.family()).isEqualTo("Custom");
        assertThat(custom.labels()).containsExactly("Too slow", "A bit slow", "Just right");
        ColumnScale column = ColumnScale.text(custom);
        assertThat(read(column, "just right")).isEqualTo(2);
        assertThat(read(column, "Too Slow")).isZero();
        assertThat(read(column, "Too fast")).isEqualTo(NOT_A_RATING);
        assertThat(read(column, "N/A")).isEqualTo(OPTED_OUT);
        assertThat(column.scale().label()).isEqualTo("1-3 · Too slow … Just right");
        assertThatThrownBy(() -> ScaleForm.custom(List.of("Slow", "slow ", "Fast")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names one answer twice");
    }

    @Test
    void opt_out_answers_are_known_by_their_key_and_scale_words_are_not() {
        for (String optOut : List.of("N/A", "NA", "DK", "Don't know", "I do not know", "Not applicable",
                "Does not apply", "Prefer not to say", "Prefer not to answer", "No basis for evaluation",
                "No basis to judge", "Not sure", "Unable to rate", "Have not used", "Don't know / NA")) {
            assertThat(OptOutAnswers.isOptOut(AnswerText.key(optOut))).as(optOut).isTrue();
        }
        for (String answer : List.of("Never", "Not at all likely", "Not at all important", "Not important",
                "Neutral", "Nathan", "None", "Nay")) {
            assertThat(OptOutAnswers.isOptOut(AnswerText.key(answer))).as(answer).isFalse();
        }
    }

    @Test
    void a_row_is_read_column_by_column_and_the_first_bad_answer_says_why() {
        SurveyColumn food = new SurveyColumn(1, "Food", "Food", List.of());
        SurveyColumn wait = new SurveyColumn(2, "Wait", "Wait", List.of());
        List<RatingColumn> ratings = List.of(new RatingColumn(food, "Food", ONE_TO_FIVE),
                new RatingColumn(wait, "Wait", textColumn("Never", "Always")));
        int[] points = new int[2];

        assertThat(RatingAnswers.readRow(row("A", "4", "Often"), 3, ratings, DEFAULTS, points)).isNull();
        assertThat(points).containsExactly(3, 3);
        assertThat(RatingAnswers.readRow(row("A", "N/A", ""), 3, ratings, DEFAULTS, points)).isNull();
        assertThat(points).containsExactly(OPTED_OUT, NOT_APPLICABLE);

        assertThat(RatingAnswers.readRow(row("A", "9", "Often"), 3, ratings, DEFAULTS, points))
                .isEqualTo("column 'Food': 9 is not a point of the 1-5 scale");
        assertThat(RatingAnswers.readRow(row("A", "lots", "Often"), 3, ratings, DEFAULTS, points))
                .isEqualTo("column 'Food': 'lots' is not an answer on the 1-5 scale");
        assertThat(RatingAnswers.readRow(row("A", "2", "Hardly"), 3, ratings, DEFAULTS, points))
                .isEqualTo("column 'Wait': 'Hardly' is not an answer on the 1-5 · Never … Always scale"
                        + " (name the order with --label-order, or mark it with --na)");
        assertThat(RatingAnswers.readRow(row("A", "2"), 3, ratings, DEFAULTS, points))
                .isEqualTo("has 2 fields but the header has 3");
    }

    private static SurveyRow row(String... values) {
        return new SurveyRow(2, List.of(values));
    }
}
