package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.RatingScale;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class CellStatisticsTest {
    private static final AnswerScale ONE_TO_FIVE = AnswerScale.of(RatingScale.ONE_TO_FIVE);
    private static final AnswerScale ONE_TO_SEVEN = AnswerScale.of(RatingScale.ONE_TO_SEVEN);
    private static final AnswerScale ZERO_TO_TEN = AnswerScale.of(RatingScale.ZERO_TO_TEN);

    /** A cell holding these answers, given as values of {@code scale} and counted by their point. */
    private static CellAccumulator cell(AnswerScale scale, double... answers) {
        CellAccumulator cell = new CellAccumulator(scale.points());
        for (double answer : answers) {
            int point = scale.point(answer);
            assertThat(point).as("%s is a point of %s", answer, scale.range()).isNotNegative();
            cell.add(point);
        }
        return cell;
    }

    @Test
    void mean_deviation_and_t_interval_by_hand() {
        // 2, 4, 4, 5, 5: mean 4; squared deviations 4+0+0+1+1 = 6; variance 6/4 = 1.5; t(0.975, 4) = 2.776.
        CellStatistics stats = CellStatistics.of(cell(ONE_TO_FIVE, 2, 4, 4, 5, 5), ONE_TO_FIVE, 30);
        assertThat(stats.n()).isEqualTo(5);
        assertThat(stats.mean()).isEqualTo(4.0);
        assertThat(stats.standardDeviation()).isCloseTo(Math.sqrt(1.5), within(1e-12));
        double margin = 2.776 * Math.sqrt(1.5) / Math.sqrt(5);
        assertThat(stats.ciLow()).isCloseTo(4 - margin, within(1e-9));
        // 4 + 1.52 would leave the scale: the interval stops at its top.
        assertThat(4 + margin).isGreaterThan(5);
        assertThat(stats.ciHigh()).isEqualTo(5.0);
        assertThat(stats.topTwoBox()).isEqualTo(80.0); // 4 of 5 answers are 4 or 5
        assertThat(stats.csat()).isEqualTo(80.0);
        assertThat(stats.nps()).isNaN();
        assertThat(stats.lowN()).isTrue();
        assertThat(stats.distribution()).containsExactly(0L, 1L, 0L, 2L, 2L);
        assertThat(stats.notApplicable()).isZero();
    }

    @Test
    void an_interval_inside_the_scale_is_not_clipped() {
        // 2, 3, 3, 4: mean 3, variance 2/3, t(0.975, 3) = 3.182.
        CellStatistics stats = CellStatistics.of(cell(ONE_TO_FIVE, 2, 3, 3, 4), ONE_TO_FIVE, 30);
        double margin = 3.182 * Math.sqrt(2.0 / 3) / 2;
        assertThat(stats.ciLow()).isCloseTo(3 - margin, within(1e-3));
        assertThat(stats.ciHigh()).isCloseTo(3 + margin, within(1e-3));
    }

    @Test
    void two_answers_far_apart_give_an_interval_clipped_to_both_ends() {
        // 1 and 5: mean 3, sd 2.83, t(0.975, 1) = 12.7 — unclipped the interval would run from -22 to 28.
        CellStatistics stats = CellStatistics.of(cell(ONE_TO_FIVE, 1, 5), ONE_TO_FIVE, 30);
        assertThat(stats.mean()).isEqualTo(3.0);
        assertThat(stats.standardDeviation()).isCloseTo(Math.sqrt(8), within(1e-12));
        assertThat(stats.ciLow()).isEqualTo(1.0);
        assertThat(stats.ciHigh()).isEqualTo(5.0);
    }

    @Test
    void nps_on_zero_to_ten() {
        // Promoters 9, 10, 10 (3); passives 7, 8 (2); detractors 0, 6, 3, 5, 6 (5) of 10: 30% - 50% = -20.
        CellStatistics stats = CellStatistics.of(cell(ZERO_TO_TEN, 9, 10, 10, 7, 8, 0, 6, 3, 5, 6), ZERO_TO_TEN, 5);
        assertThat(stats.nps()).isCloseTo(-20.0, within(1e-9));
        assertThat(stats.topTwoBox()).isCloseTo(30.0, within(1e-9));
        assertThat(stats.mean()).isCloseTo(6.4, within(1e-12));
        assertThat(stats.lowN()).isFalse();
        assertThat(stats.distribution()).hasSize(11);
    }

    @Test
    void nps_is_only_defined_on_zero_to_ten() {
        AnswerScale oneToTen = AnswerScale.parse("1-10");
        CellStatistics stats = CellStatistics.of(cell(oneToTen, 9, 10, 1), oneToTen, 5);
        assertThat(stats.nps()).isNaN();
        assertThat(stats.topTwoBox()).isCloseTo(200.0 / 3, within(1e-9));
    }

    @Test
    void large_samples_use_a_t_value_close_to_the_normal_one() {
        double[] answers = new double[400];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = 1 + i % 5; // mean 3, population variance 2
        }
        CellStatistics stats = CellStatistics.of(cell(ONE_TO_FIVE, answers), ONE_TO_FIVE, 30);
        double sd = Math.sqrt(2.0 * 400 / 399);
        assertThat(stats.ciHigh() - stats.mean()).isCloseTo(1.966 * sd / 20, within(1e-3)); // t(0.975, 399) = 1.966
        assertThat(StudentT.critical95(31)).isCloseTo(2.040, within(1e-3));
        assertThat(StudentT.critical95(120)).isCloseTo(1.980, within(1e-3));
    }

    @Test
    void empty_and_single_answer_cells() {
        CellStatistics empty = CellStatistics.of(new CellAccumulator(ONE_TO_SEVEN.points()), ONE_TO_SEVEN, 30);
        assertThat(empty.n()).isZero();
        assertThat(empty.mean()).isNaN();
        assertThat(empty.lowN()).isTrue();
        assertThat(empty.distribution()).hasSize(7).containsOnly(0L);
        CellStatistics single = CellStatistics.of(cell(ONE_TO_SEVEN, 6), ONE_TO_SEVEN, 1);
        assertThat(single.mean()).isEqualTo(6.0);
        assertThat(single.ciLow()).isNaN();
        assertThat(single.topTwoBox()).isEqualTo(100.0);
        assertThat(single.lowN()).isFalse();
    }

    @Test
    void opt_outs_are_reported_but_counted_in_no_statistic() {
        CellAccumulator cell = cell(ONE_TO_FIVE, 4, 5);
        cell.addOptedOut(3);
        CellStatistics stats = CellStatistics.of(cell, ONE_TO_FIVE, 30);
        assertThat(stats.n()).isEqualTo(2);
        assertThat(stats.mean()).isEqualTo(4.5);
        assertThat(stats.topTwoBox()).isEqualTo(100.0);
        assertThat(stats.notApplicable()).isEqualTo(3);

        CellAccumulator onlyOptOuts = new CellAccumulator(ONE_TO_FIVE.points());
        onlyOptOuts.addOptedOut(2);
        CellStatistics none = CellStatistics.of(onlyOptOuts, ONE_TO_FIVE, 30);
        assertThat(none.n()).isZero();
        assertThat(none.mean()).isNaN();
        assertThat(none.notApplicable()).isEqualTo(2);
    }

    @Test
    void merged_cells_add_their_answers_and_opt_outs() {
        CellAccumulator all = cell(ONE_TO_FIVE, 1, 2);
        CellAccumulator other = cell(ONE_TO_FIVE, 5);
        other.addOptedOut(1);
        all.addAll(other);
        CellStatistics stats = CellStatistics.of(all, ONE_TO_FIVE, 30);
        assertThat(stats.n()).isEqualTo(3);
        assertThat(stats.mean()).isCloseTo(8.0 / 3, within(1e-12));
        assertThat(stats.distribution()).containsExactly(1L, 1L, 0L, 0L, 1L);
        assertThat(stats.notApplicable()).isEqualTo(1);
    }

    @Test
    void a_slider_is_read_in_its_own_values_without_a_top_two_box() {
        AnswerScale slider = AnswerScale.parse("0-100");
        CellStatistics stats = CellStatistics.of(cell(slider, 68, 100, 99, 0), slider, 30);
        assertThat(stats.mean()).isCloseTo(66.75, within(1e-12));
        assertThat(stats.distribution()).hasSize(101);
        assertThat(stats.topTwoBox()).as("101 points: the top two say little").isNaN();
        assertThat(stats.csat()).isNaN();
        assertThat(stats.ciLow()).isEqualTo(0.0);
        assertThat(stats.ciHigh()).isEqualTo(100.0);
    }

    @Test
    void eleven_points_still_have_a_top_two_box() {
        AnswerScale eleven = AnswerScale.parse("0-10");
        assertThat(CellStatistics.of(cell(eleven, 9, 10, 3, 4), eleven, 30).topTwoBox()).isEqualTo(50.0);
        AnswerScale twelve = AnswerScale.parse("0-11");
        assertThat(CellStatistics.of(cell(twelve, 10, 11, 3, 4), twelve, 30).topTwoBox()).isNaN();
    }

    @Test
    void decimal_and_text_scales_report_their_own_values() {
        AnswerScale halves = AnswerScale.parse("0.5-5");
        CellStatistics half = CellStatistics.of(cell(halves, 0.5, 4.5, 5), halves, 30);
        assertThat(half.mean()).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(half.standardDeviation()).isCloseTo(Math.sqrt((2.8333333333 * 2.8333333333
                + 1.1666666667 * 1.1666666667 + 1.6666666667 * 1.6666666667) / 2), within(1e-6));

        AnswerScale frequency = AnswerScale.ordered(List.of("Never", "Rarely", "Sometimes", "Often", "Always"));
        CellAccumulator cell = new CellAccumulator(frequency.points());
        cell.add(0); // Never = 1
        cell.add(4); // Always = 5
        cell.add(3, 2); // Often = 4, twice
        CellStatistics text = CellStatistics.of(cell, frequency, 30);
        assertThat(text.mean()).isEqualTo(3.5);
        assertThat(text.topTwoBox()).isEqualTo(75.0);
        assertThat(text.distribution()).containsExactly(1L, 0L, 0L, 2L, 1L);
    }
}
