package org.journeystudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** A survey question's scale: written as a range, numbered by point index, shown with its words. */
@FastTest
class AnswerScaleTest {
    @Test
    void oneToFiveIsFivePointsFromOne() {
        AnswerScale scale = AnswerScale.parse("1-5");
        assertThat(scale.min()).isEqualTo(1);
        assertThat(scale.max()).isEqualTo(5);
        assertThat(scale.step()).isEqualTo(1);
        assertThat(scale.points()).isEqualTo(5);
        assertThat(scale.isText()).isFalse();
        assertThat(scale.range()).isEqualTo("1-5");
        assertThat(scale.label()).isEqualTo("1-5");
        assertThat(scale.neutral()).isEqualTo(3);
        assertThat(scale).isEqualTo(AnswerScale.of(RatingScale.ONE_TO_FIVE)).isEqualTo(AnswerScale.parse(" 1 – 5 "));
    }

    @Test
    void pointsAndValuesTurnIntoEachOther() {
        AnswerScale scale = AnswerScale.parse("1-5");
        assertThat(scale.point(1)).isZero();
        assertThat(scale.point(3)).isEqualTo(2);
        assertThat(scale.point(5)).isEqualTo(4);
        assertThat(scale.value(0)).isEqualTo(1);
        assertThat(scale.value(4)).isEqualTo(5);
        assertThat(scale.point(0)).as("below the scale").isEqualTo(-1);
        assertThat(scale.point(6)).as("above the scale").isEqualTo(-1);
        assertThat(scale.point(3.5)).as("between two points").isEqualTo(-1);
        assertThat(scale.fraction(4)).isEqualTo(0.75);
        assertThat(scale.pointLabel(2)).isEqualTo("3");
    }

    @Test
    void aSliderFromZeroToAHundredHas101Points() {
        AnswerScale slider = AnswerScale.parse("0-100");
        assertThat(slider.points()).isEqualTo(101);
        assertThat(slider.point(0)).isZero();
        assertThat(slider.point(68)).isEqualTo(68);
        assertThat(slider.point(68.0000000000)).isEqualTo(68);
        assertThat(slider.point(100)).isEqualTo(100);
        assertThat(slider.isZeroToTen()).isFalse();
        assertThat(AnswerScale.parse("0-10").isZeroToTen()).isTrue();
        assertThat(AnswerScale.parse("1-10").isZeroToTen()).isFalse();
    }

    @Test
    void aDecimalScaleKeepsItsDecimalsAndRoundTripsItsValues() {
        AnswerScale halves = AnswerScale.parse("0.5-5");
        assertThat(halves.min()).isEqualTo(0.5);
        assertThat(halves.max()).isCloseTo(5, within(1e-9));
        assertThat(halves.range()).isEqualTo("0.5-5");
        assertThat(halves.points()).as("half points, not tenths").isEqualTo(10);
        assertThat(AnswerScale.parse("1-5.0").points()).isEqualTo(5);
        assertThat(AnswerScale.parse("0-2.25").step()).isEqualTo(0.25);
        for (double value : new double[] {0.5, 1, 2.5, 4.5, 5}) {
            int point = halves.point(value);
            assertThat(point).as("%s is a point", value).isNotNegative();
            assertThat(halves.value(point)).isCloseTo(value, within(1e-9));
        }
        assertThat(halves.point(0)).isEqualTo(-1);
        assertThat(halves.point(4.55)).isEqualTo(-1);

        AnswerScale steps = AnswerScale.numeric(0.5, 5, 0.5);
        assertThat(steps.points()).isEqualTo(10);
        assertThat(steps.point(4.5)).isEqualTo(8);
        AnswerScale tenths = AnswerScale.numeric(0, 1, 0.1);
        assertThat(tenths.points()).isEqualTo(11);
        assertThat(AnswerScale.format(tenths.value(3))).as("no float noise").isEqualTo("0.3");
    }

    @Test
    void negativeStartsAreWrittenWithTheirSign() {
        AnswerScale scale = AnswerScale.parse("-3-3");
        assertThat(scale.min()).isEqualTo(-3);
        assertThat(scale.points()).isEqualTo(7);
        assertThat(scale.point(0)).isEqualTo(3);
        assertThat(scale.range()).isEqualTo("-3-3");
        assertThat(scale.neutral()).isZero();
    }

    @Test
    void aTextScaleNumbersItsLabelsFromOne() {
        AnswerScale frequency = AnswerScale.ordered(List.of("Never", "Sometimes", "Often", "Always"));
        assertThat(frequency.isText()).isTrue();
        assertThat(frequency.points()).isEqualTo(4);
        assertThat(frequency.min()).isEqualTo(1);
        assertThat(frequency.max()).isEqualTo(4);
        assertThat(frequency.value(2)).isEqualTo(3);
        assertThat(frequency.pointLabel(0)).isEqualTo("Never");
        assertThat(frequency.pointLabel(3)).isEqualTo("Always");
        assertThat(frequency.range()).isEqualTo("1-4");
        assertThat(frequency.label()).isEqualTo("1-4 · Never … Always");
        assertThat(frequency).isNotEqualTo(AnswerScale.parse("1-4"));
    }

    @Test
    void whatIsNoScaleIsRefusedWithTheWayToWriteOne() {
        assertThatThrownBy(() -> AnswerScale.parse("five")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MIN-MAX, e.g. 1-5");
        assertThatThrownBy(() -> AnswerScale.parse("5")).hasMessageContaining("MIN-MAX");
        assertThatThrownBy(() -> AnswerScale.parse("1-x")).hasMessageContaining("MIN-MAX");
        assertThatThrownBy(() -> AnswerScale.parse("5-1")).hasMessageContaining("no scale from 5 to 1");
        assertThatThrownBy(() -> AnswerScale.parse("0-1000")).hasMessageContaining("2 to 254 points, not 1001");
        assertThatThrownBy(() -> AnswerScale.numeric(1, 5, 3)).hasMessageContaining("in steps of 3");
        assertThatThrownBy(() -> new AnswerScale(1, 1, 3, List.of("Low", "High")))
                .hasMessage("3 points but 2 labels");
        assertThatThrownBy(() -> new AnswerScale(1, 0, 3, List.of())).hasMessageContaining("positive step");
        assertThatThrownBy(() -> AnswerScale.ordered(List.of("Only"))).hasMessageContaining("not 1");
    }
}
