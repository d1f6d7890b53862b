package org.journeystudio.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.journeystudio.model.RatingScale;
import org.journeystudio.style.ColourVision;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every step of the emotion scale and of the satisfaction (heatmap) scale of each rating scale stays told apart
 * from its neighbour with normal vision, deuteranopia and protanopia: the smallest CIE76 ΔE between neighbouring
 * steps stays above a bound per ramp length. Cells print their value too, so colour is never the only cue; the
 * bounds keep neighbours plainly apart all the same. {@link #main} prints the table in docs/palette.md.
 */
@FastTest
class ColourBlindRampsTest {
    /** A ramp the window and the exports both paint, and the least ΔE its neighbours must keep. */
    record Ramp(String name, List<Rgb> steps, double bound) {
        double smallestStep(ColourVision vision) {
            double smallest = Double.MAX_VALUE;
            for (int i = 0; i + 1 < steps.size(); i++) {
                smallest = Math.min(smallest, vision.difference(steps.get(i), steps.get(i + 1)));
            }
            return smallest;
        }
    }

    static List<Ramp> ramps() {
        List<Ramp> ramps = new ArrayList<>();
        List<Rgb> emotions = new ArrayList<>();
        for (int score = -Palette.EMOTION_MAX; score <= Palette.EMOTION_MAX; score++) {
            emotions.add(Palette.emotion(score));
        }
        ramps.add(new Ramp("Emotion −2…+2", emotions, 20));
        for (RatingScale scale : RatingScale.values()) {
            DivergingScale colours = new DivergingScale(scale);
            List<Rgb> steps = new ArrayList<>();
            for (int rating = scale.min(); rating <= scale.max(); rating++) {
                steps.add(Rgb.of(colours.rgb(rating)));
            }
            int count = steps.size();
            ramps.add(new Ramp("Satisfaction " + scale.label(), steps, count <= 5 ? 20 : count <= 7 ? 10 : 6));
        }
        return ramps;
    }

    @ParameterizedTest
    @EnumSource(value = ColourVision.class, names = {"NORMAL", "DEUTAN", "PROTAN"})
    void neighbouringStepsOfEveryRampStayApart(ColourVision vision) {
        for (Ramp ramp : ramps()) {
            assertThat(ramp.smallestStep(vision)).as("smallest ΔE76 between neighbours of %s seen %s", ramp.name(),
                    vision).isGreaterThan(ramp.bound());
        }
    }

    /** Prints the smallest neighbouring ΔE76 of each ramp as the Markdown table of docs/palette.md. */
    public static void main(String[] args) {
        List<ColourVision> visions = List.of(ColourVision.NORMAL, ColourVision.DEUTAN, ColourVision.PROTAN,
                ColourVision.TRITAN);
        StringBuilder table = new StringBuilder("| ramp | steps | bound | normal | deuteranopia | protanopia | tritanopia |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Ramp ramp : ramps()) {
            table.append(String.format(Locale.ROOT, "| %s | %d | > %.0f |", ramp.name(), ramp.steps().size(),
                    ramp.bound()));
            for (ColourVision vision : visions) {
                table.append(String.format(Locale.ROOT, " %.1f |", ramp.smallestStep(vision)));
            }
            table.append('\n');
        }
        System.out.print(table);
    }
}
