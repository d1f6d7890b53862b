package org.journeystudio.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.paint.Color;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.RatingScale;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.testing.FastTest;
import org.journeystudio.ui.heatmap.HeatmapColours;
import org.junit.jupiter.api.Test;

/** What a heatmap cell shows for each measure, and the colour scale around the neutral value. */
@FastTest
class HeatmapMeasureTest {
    /** One rating column on 0-10: segment A answers 10, 9, 6, 0; segment B answers 8. */
    private static SegmentHeatmap npsHeatmap() {
        long[] a = new long[ResponseCounts.VALUES];
        a[10] = 1;
        a[9] = 1;
        a[6] = 1;
        a[0] = 1;
        long[] b = new long[ResponseCounts.VALUES];
        b[8] = 1;
        List<AnswerScale> scales = List.of(AnswerScale.of(RatingScale.ZERO_TO_TEN));
        return SegmentHeatmap.of(ResponseCounts.fromValues(List.of("A", "B"), scales, List.of(a, b)),
                List.of("Support"), scales, 3);
    }

    @Test
    void measuresReadTheCellsStatistics() {
        SegmentHeatmap heatmap = npsHeatmap();
        CellStatistics a = heatmap.cell(0, "A");
        AnswerScale surveyScale = AnswerScale.of(RatingScale.ZERO_TO_TEN);
        RatingScale scale = RatingScale.ZERO_TO_TEN;
        assertThat(HeatmapMeasure.MEAN.value(a, surveyScale, scale, null)).isCloseTo(25 / 4.0, within(1e-12));
        assertThat(HeatmapMeasure.TOP_TWO_BOX.value(a, surveyScale, scale, null)).isCloseTo(50, within(1e-12));
        // Promoters 10 and 9 (50%) minus detractors 6 and 0 (50%).
        assertThat(HeatmapMeasure.NPS.value(a, surveyScale, scale, null)).isCloseTo(0, within(1e-12));
        assertThat(HeatmapMeasure.NPS.value(heatmap.cell(0, "All"), surveyScale, scale, null))
                .isCloseTo(0, within(1e-12));
        assertThat(heatmap.cell(0, "B").lowN()).isTrue();
        assertThat(a.lowN()).isFalse();
    }

    @Test
    void theExpectationGapIsPerceivedMinusExpectedOnTheMapsScale() {
        CellStatistics a = npsHeatmap().cell(0, "A");
        AnswerScale zeroToTen = AnswerScale.of(RatingScale.ZERO_TO_TEN);
        // Mean 6.25 on 0-10 is 3.5 on 1-5; expected 4 → gap -0.5.
        assertThat(HeatmapMeasure.EXPECTATION_GAP.value(a, zeroToTen, RatingScale.ONE_TO_FIVE, 4.0))
                .isCloseTo(-0.5, within(1e-12));
        assertThat(HeatmapMeasure.EXPECTATION_GAP.value(a, zeroToTen, RatingScale.ONE_TO_FIVE, null))
                .isNaN();
        assertThat(HeatmapMeasure.EXPECTATION_GAP.neutral(AnswerScale.parse("1-5"))).isZero();
    }

    @Test
    void theScreenUsesTheExportersColoursWithReadableText() {
        DivergingScale scale = new DivergingScale(1, 3, 5);
        Color neutral = HeatmapColours.of(scale, 3);
        assertThat(brightness(neutral)).isGreaterThan(0.9);
        assertThat(brightness(HeatmapColours.of(scale, 1))).isLessThan(brightness(HeatmapColours.of(scale, 2)));
        assertThat(brightness(HeatmapColours.of(scale, 5))).isLessThan(brightness(HeatmapColours.of(scale, 4)));
        assertThat(HeatmapColours.of(scale, 2).getRed()).isGreaterThan(HeatmapColours.of(scale, 2).getBlue());
        assertThat(HeatmapColours.of(scale, 4).getBlue()).isGreaterThan(HeatmapColours.of(scale, 4).getGreen());
        int rgb = scale.rgb(4.5);
        assertThat(HeatmapColours.of(scale, 4.5))
                .isEqualTo(Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff));
        assertThat(HeatmapColours.textOn(HeatmapColours.of(scale, 5))).isEqualTo(Color.WHITE);
        assertThat(HeatmapColours.textOn(neutral)).isNotEqualTo(Color.WHITE);
    }

    private static double brightness(Color colour) {
        return 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
    }
}
