package org.journeystudio.style;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The emotion scale of docs/decisions/0011-one-palette.md keeps what that record promises. */
@FastTest
class PaletteTest {

    @ParameterizedTest
    @EnumSource(ColourVision.class)
    void oppositeEmotionsStayPlainlyApartForEveryCommonColourVisionDeficiency(ColourVision vision) {
        for (int score = 1; score <= Palette.EMOTION_MAX; score++) {
            assertThat(vision.difference(Palette.emotion(-score), Palette.emotion(score)))
                    .as("ΔE between emotions %d and %d seen %s", -score, score, vision).isGreaterThan(25);
        }
    }

    @ParameterizedTest
    @EnumSource(ColourVision.class)
    void neighbouringEmotionsStayApartToo(ColourVision vision) {
        for (int score = -Palette.EMOTION_MAX; score < Palette.EMOTION_MAX; score++) {
            assertThat(vision.difference(Palette.emotion(score), Palette.emotion(score + 1)))
                    .as("ΔE between emotions %d and %d seen %s", score, score + 1, vision).isGreaterThan(10);
        }
    }

    @Test
    void everyEmotionsEdgeStandsOutFromPaperAsANonTextMarkMust() {
        for (int score = -Palette.EMOTION_MAX; score <= Palette.EMOTION_MAX; score++) {
            assertThat(Palette.emotionEdge(score).contrastWith(Palette.PAPER)).as("edge of %d", score)
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void inGreyscaleTheTwoEndsStillDiffer() {
        assertThat(Palette.emotion(2).contrastWith(Palette.emotion(-2))).isGreaterThan(2);
    }

    @Test
    void theNeutralEmotionIsTheScalesMiddleAndScoresBeyondTheEndsTakeTheEnds() {
        assertThat(Palette.emotion(0)).isEqualTo(Palette.HEATMAP.at(0.5));
        assertThat(Palette.emotion(-5)).isEqualTo(Palette.emotion(-2));
        assertThat(Palette.emotion(7)).isEqualTo(Palette.emotion(2));
    }

    @Test
    void edgesDarkenLikeAwtSoExportedOutlinesMatch() {
        Rgb fill = Palette.emotion(-2);
        java.awt.Color awt = new java.awt.Color(fill.value()).darker();

        assertThat(fill.darker().value()).isEqualTo(awt.getRGB() & 0xffffff);
        assertThat(Palette.emotionEdge(0)).isEqualTo(Palette.EMOTION_NEUTRAL_EDGE);
    }

    @Test
    void hexReadsAndWritesTheModelsColourText() {
        assertThat(Rgb.parse("#1F2733")).isEqualTo(Palette.INK);
        assertThat(Palette.INK.hex()).isEqualTo("#1f2733");
        assertThat(Palette.SHADOW_FLOATING.withOpacity(1)).isEqualTo(Rgb.of(0));
    }
}
