package org.journeystudio.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeystudio.model.RatingScale;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/**
 * Presentation mode's colours, checked by their computed WCAG contrast ratios: text at 4.5:1 or more, coloured
 * marks outlined where they would vanish. The grounds and text colours are the ones presentation.css names.
 */
@FastTest
class ProjectorContrastTest {
    /** The light look: ink on the light background and stage, muted ink for lane titles and keys. */
    private static final List<Rgb> LIGHT_GROUNDS = List.of(Palette.PRESENT_LIGHT_BACKGROUND, Palette.PRESENT_LIGHT_STAGE,
            Palette.PAPER);
    private static final List<Rgb> DARK_GROUNDS = List.of(Palette.PRESENT_DARK_BACKGROUND, Palette.PRESENT_DARK_STAGE,
            Palette.PRESENT_DARK_CARD);

    @Test
    void everySatisfactionColourCarriesItsTextAtFourAndAHalfToOne() {
        DivergingScale scale = new DivergingScale(RatingScale.ONE_TO_FIVE);
        double worstBefore = Double.MAX_VALUE;
        for (double value = 1; value <= 5.0001; value += 0.02) {
            Rgb colour = Rgb.of(scale.rgb(value));
            worstBefore = Math.min(worstBefore, ProjectorContrast.textContrast(colour));
            Rgb card = ProjectorContrast.cardFill(colour);
            assertThat(ProjectorContrast.textOn(card).contrastWith(card)).as("text on the card of %.2f", value)
                    .isGreaterThanOrEqualTo(ProjectorContrast.MIN_TEXT);
        }
        // Without the adjustment some middle colours fall short with both ink and paper.
        assertThat(worstBefore).isLessThan(ProjectorContrast.MIN_TEXT);
    }

    @Test
    void aColourThatAlreadyReadsWellIsLeftAsItIs() {
        for (Rgb colour : Palette.HEATMAP.stops()) {
            if (ProjectorContrast.textContrast(colour) >= ProjectorContrast.MIN_TEXT) {
                assertThat(ProjectorContrast.cardFill(colour)).isEqualTo(colour);
            }
        }
    }

    @Test
    void theNeutralStepsVanishOnTheLightGroundSoEveryMarkIsOutlinedInTheTextColour() {
        Rgb neutral = Palette.emotion(0);
        assertThat(ProjectorContrast.needsOutline(neutral, Palette.PRESENT_LIGHT_BACKGROUND)).isTrue();
        assertThat(ProjectorContrast.needsOutline(Palette.emotion(2), Palette.PRESENT_DARK_STAGE)).isTrue();
        // presentation.css outlines emotion dots, heat cards and swatches in the text colour: ink or light text.
        for (Rgb ground : LIGHT_GROUNDS) {
            assertThat(Palette.INK.contrastWith(ground)).isGreaterThanOrEqualTo(ProjectorContrast.MIN_GRAPHIC);
        }
        for (Rgb ground : DARK_GROUNDS) {
            assertThat(Palette.PRESENT_DARK_TEXT.contrastWith(ground))
                    .isGreaterThanOrEqualTo(ProjectorContrast.MIN_GRAPHIC);
        }
    }

    @Test
    void titlesLaneNamesAndKeysReachFourAndAHalfToOneOnEitherLook() {
        for (Rgb ground : LIGHT_GROUNDS) {
            assertThat(Palette.INK.contrastWith(ground)).isGreaterThanOrEqualTo(ProjectorContrast.MIN_TEXT);
            assertThat(Palette.INK_MUTED.contrastWith(ground)).isGreaterThanOrEqualTo(ProjectorContrast.MIN_TEXT);
        }
        for (Rgb ground : DARK_GROUNDS) {
            assertThat(Palette.PRESENT_DARK_TEXT.contrastWith(ground))
                    .isGreaterThanOrEqualTo(ProjectorContrast.MIN_TEXT);
            assertThat(Palette.PRESENT_DARK_MUTED.contrastWith(ground))
                    .isGreaterThanOrEqualTo(ProjectorContrast.MIN_TEXT);
        }
    }

    @Test
    void theContrastRatioIsWcags() {
        assertThat(Palette.PAPER.contrastWith(Rgb.of(0x000000))).isCloseTo(21, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Rgb.of(0x767676).contrastWith(Palette.PAPER)).isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.01));
    }
}
