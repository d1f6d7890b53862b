package org.journeystudio.layout;

import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;

/**
 * Colours that survive a projector, which washes out pale colours and lowers contrast: text on a coloured card
 * reaches WCAG's 4.5:1, and a coloured mark that does not stand out 3:1 from its ground gets an outline that does.
 * The satisfaction scale's middle colours between ink and paper text (a mid orange, a mid purple) reach only
 * about 3.9:1 with either, so in presentation such a card is darkened or lightened by the least that gives its text
 * 4.5:1; its hue stays.
 */
public final class ProjectorContrast {
    /** WCAG's minimum contrast for text (AA, normal size). */
    public static final double MIN_TEXT = 4.5;
    /** WCAG's minimum contrast for a graphic's edge against its ground. */
    public static final double MIN_GRAPHIC = 3.0;

    private static final int STEPS = 40;

    private ProjectorContrast() {
    }

    /** The palette's ink or paper, whichever contrasts more with {@code ground}. */
    public static Rgb textOn(Rgb ground) {
        return ground.contrastWith(Palette.PAPER) > ground.contrastWith(Palette.INK) ? Palette.PAPER : Palette.INK;
    }

    /** {@code fill}, or the nearest darker or lighter variant of it on which {@link #textOn} reads at 4.5:1. */
    public static Rgb cardFill(Rgb fill) {
        for (int step = 0; step <= STEPS; step++) {
            double t = (double) step / STEPS;
            Rgb darker = fill.mix(Palette.INK, t);
            if (textContrast(darker) >= MIN_TEXT) {
                return darker;
            }
            Rgb lighter = fill.mix(Palette.PAPER, t);
            if (textContrast(lighter) >= MIN_TEXT) {
                return lighter;
            }
        }
        return Palette.INK; // not reached: ink itself carries paper text at about 15:1
    }

    /** The contrast of {@link #textOn} with {@code ground}. */
    public static double textContrast(Rgb ground) {
        return textOn(ground).contrastWith(ground);
    }

    /** Whether a mark of colour {@code fill} on {@code ground} needs an outline to be seen from the back of a room. */
    public static boolean needsOutline(Rgb fill, Rgb ground) {
        return fill.contrastWith(ground) < MIN_GRAPHIC;
    }
}
