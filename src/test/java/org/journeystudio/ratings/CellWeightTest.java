package org.journeystudio.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** Cells with few answers speak more quietly: marked below the low-n threshold, washed out below 10. */
@FastTest
class CellWeightTest {
    @Test
    void oneAnswerIsWashedOutAndThreeHundredIsFull() {
        assertThat(CellWeight.of(1, 30)).isEqualTo(CellWeight.FEW);
        assertThat(CellWeight.of(9, 30)).isEqualTo(CellWeight.FEW);
        assertThat(CellWeight.of(10, 30)).isEqualTo(CellWeight.LOW_N);
        assertThat(CellWeight.of(29, 30)).isEqualTo(CellWeight.LOW_N);
        assertThat(CellWeight.of(300, 30)).isEqualTo(CellWeight.FULL);
    }

    @Test
    void aLowerThresholdLowersTheWashToo() {
        assertThat(CellWeight.of(4, 5)).isEqualTo(CellWeight.FEW);
        assertThat(CellWeight.of(5, 5)).isEqualTo(CellWeight.FULL);
        assertThat(CellWeight.of(1, 0)).isEqualTo(CellWeight.FULL);
        assertThat(CellWeight.fewBelow(30)).isEqualTo(10);
        assertThat(CellWeight.fewBelow(5)).isEqualTo(5);
    }

    @Test
    void aWashedOutColourIsPaler() {
        Rgb purple = Palette.HEATMAP.at(1);
        Rgb washed = CellWeight.FEW.colour(purple);
        assertThat(washed.luminance()).isGreaterThan(purple.luminance() + 0.3);
        assertThat(CellWeight.LOW_N.colour(purple)).isEqualTo(purple);
    }
}
