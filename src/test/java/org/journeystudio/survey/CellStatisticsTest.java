package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.journeystudio.model.RatingScale;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class CellStatisticsTest {

    private static CellAccumulator cell(int... answers) {
        CellAccumulator cell = new CellAccumulator();
        for (int answer : answers) {
            cell.add(answer);
        }
        return cell;
    }

    @Test
    void mean_deviation_and_t_interval_by_hand() {
        // 2, 4, 4, 5, 5: mean 4; squared deviations 4+0+0+1+1 = 6; variance 6/4 = 1.5; t(0.975, 4) = 2.776.
        CellStatistics stats = CellStatistics.of(cell(2, 4, 4, 5, 5), RatingScale.ONE_TO_FIVE, 30);
        assertThat(stats.n()).isEqualTo(5);
        assertThat(stats.mean()).isEqualTo(4.0);
        assertThat(stats.standardDeviation()).isCloseTo(Math.sqrt(1.5), within(1e-12));
        double margin = 2.776 * Math.sqrt(1.5) / Math.sqrt(5);
        assertThat(stats.ciLow()).isCloseTo(4 - margin, within(1e-9));
        assertThat(stats.ciHigh()).isCloseTo(4 + margin, within(1e-9));
        assertThat(stats.topTwoBox()).isEqualTo(80.0); // 4 of 5 answers are 4 or 5
        assertThat(stats.csat()).isEqualTo(80.0);
        assertThat(stats.nps()).isNaN();
        assertThat(stats.lowN()).isTrue();
        assertThat(stats.distribution()).containsExactly(0L, 1L, 0L, 2L, 2L);
    }

    @Test
    void nps_on_zero_to_ten() {
        // Promoters 9, 10, 10 (3); passives 7, 8 (2); detractors 0, 6, 3, 5, 6 (5) of 10: 30% - 50% = -20.
        CellStatistics stats = CellStatistics.of(cell(9, 10, 10, 7, 8, 0, 6, 3, 5, 6), RatingScale.ZERO_TO_TEN, 5);
        assertThat(stats.nps()).isCloseTo(-20.0, within(1e-9));
        assertThat(stats.topTwoBox()).isCloseTo(30.0, within(1e-9));
        assertThat(stats.lowN()).isFalse();
        assertThat(stats.distribution()).hasSize(11);
    }

    @Test
    void large_samples_use_a_t_value_close_to_the_normal_one() {
        int[] answers = new int[400];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = 1 + i % 5; // mean 3, population variance 2
        }
        CellStatistics stats = CellStatistics.of(cell(answers), RatingScale.ONE_TO_FIVE, 30);
        double sd = Math.sqrt(2.0 * 400 / 399);
        assertThat(stats.ciHigh() - stats.mean()).isCloseTo(1.966 * sd / 20, within(1e-3)); // t(0.975, 399) = 1.966
        assertThat(StudentT.critical95(31)).isCloseTo(2.040, within(1e-3));
        assertThat(StudentT.critical95(120)).isCloseTo(1.980, within(1e-3));
    }

    @Test
    void empty_and_single_answer_cells() {
        CellStatistics empty = CellStatistics.of(new CellAccumulator(), RatingScale.ONE_TO_SEVEN, 30);
        assertThat(empty.n()).isZero();
        assertThat(empty.mean()).isNaN();
        assertThat(empty.lowN()).isTrue();
        CellStatistics single = CellStatistics.of(cell(6), RatingScale.ONE_TO_SEVEN, 1);
        assertThat(single.mean()).isEqualTo(6.0);
        assertThat(single.ciLow()).isNaN();
        assertThat(single.topTwoBox()).isEqualTo(100.0);
        assertThat(single.lowN()).isFalse();
    }
}
