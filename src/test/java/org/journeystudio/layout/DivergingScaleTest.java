package org.journeystudio.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeystudio.model.RatingScale;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@FastTest
class DivergingScaleTest {

    @ParameterizedTest
    @EnumSource(RatingScale.class)
    void theNeutralPointIsNearWhiteAndTheEndsAreStrong(RatingScale scale) {
        DivergingScale colours = new DivergingScale(scale);

        assertThat(DivergingScale.luminance(colours.rgb(scale.neutral()))).isGreaterThan(0.85);
        assertThat(DivergingScale.luminance(colours.rgb(scale.min()))).isLessThan(0.3);
        assertThat(DivergingScale.luminance(colours.rgb(scale.max()))).isLessThan(0.3);
    }

    @ParameterizedTest
    @EnumSource(RatingScale.class)
    void eachSideDarkensSteadilyAwayFromNeutral(RatingScale scale) {
        DivergingScale colours = new DivergingScale(scale);
        int steps = 40;
        double half = (scale.max() - scale.min()) / 2.0;
        double previousLow = 1;
        double previousHigh = 1;
        for (int i = 0; i <= steps; i++) {
            double low = DivergingScale.luminance(colours.rgb(scale.neutral() - half * i / steps));
            double high = DivergingScale.luminance(colours.rgb(scale.neutral() + half * i / steps));
            assertThat(low).isLessThanOrEqualTo(previousLow + 1e-9);
            assertThat(high).isLessThanOrEqualTo(previousHigh + 1e-9);
            previousLow = low;
            previousHigh = high;
        }
    }

    @Test
    void inGreyscaleTheTwoEndsStillDiffer() {
        DivergingScale colours = new DivergingScale(RatingScale.ONE_TO_FIVE);

        double low = DivergingScale.luminance(colours.rgb(1));
        double high = DivergingScale.luminance(colours.rgb(5));
        assertThat(low / high).isGreaterThan(2);
    }

    @Test
    void endsAreOrangeForDissatisfiedAndPurpleForSatisfied() {
        DivergingScale colours = new DivergingScale(RatingScale.ZERO_TO_TEN);
        int low = colours.rgb(0);
        int high = colours.rgb(10);

        assertThat(red(low)).isGreaterThan(blue(low));
        assertThat(blue(high)).isGreaterThan(green(high));
        assertThat(colours.rgb(-3)).isEqualTo(low);
        assertThat(colours.rgb(12)).isEqualTo(high);
    }

    @Test
    void aMeasureWithLopsidedEndsStretchesEachSideToItsOwnEnd() {
        // NPS runs from -100 to +100 with neutral 0; a CSAT share from 0 to 100 % could sit neutral at 70.
        DivergingScale share = new DivergingScale(0, 70, 100);

        assertThat(share.rgb(0)).isEqualTo(new DivergingScale(RatingScale.ONE_TO_FIVE).rgb(1));
        assertThat(share.rgb(100)).isEqualTo(new DivergingScale(RatingScale.ONE_TO_FIVE).rgb(5));
        assertThat(share.rgb(85)).isEqualTo(new DivergingScale(RatingScale.ONE_TO_FIVE).rgb(4));
        assertThat(share.rgb(Double.NaN)).isEqualTo(DivergingScale.NO_VALUE);
    }

    @Test
    void darkCellsGetLightText() {
        DivergingScale colours = new DivergingScale(RatingScale.ONE_TO_FIVE);

        assertThat(DivergingScale.needsLightText(colours.rgb(1))).isTrue();
        assertThat(DivergingScale.needsLightText(colours.rgb(5))).isTrue();
        assertThat(DivergingScale.needsLightText(colours.rgb(3))).isFalse();
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static int green(int rgb) {
        return (rgb >> 8) & 0xff;
    }

    private static int blue(int rgb) {
        return rgb & 0xff;
    }

    @Test
    void emotionsTakeTheColoursOfRatingsOneToFiveSoOneLegendExplainsBoth() {
        DivergingScale ratings = new DivergingScale(RatingScale.ONE_TO_FIVE);

        for (int score = -2; score <= 2; score++) {
            assertThat(org.journeystudio.style.Palette.emotion(score).value()).as("emotion %d", score)
                    .isEqualTo(ratings.rgb(score + 3));
        }
    }
}
