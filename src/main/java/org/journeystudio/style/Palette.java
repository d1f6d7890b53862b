package org.journeystudio.style;

/**
 * Every colour of the studio, once, named by what it means. The window's CSS defines the colours it needs as
 * looked-up colours in {@code ui/studio.css} ({@code -js-ink} is {@link #INK}, {@code -js-emotion-m2} is
 * {@code emotion(-2)}; a test keeps the two equal), and the exporters paint with the same values. Colours that
 * follow the light or dark theme on screen are the theme's, not listed here.
 *
 * <p>See docs/decisions/0011-one-palette.md for why the scales are the ones they are.
 */
public final class Palette {
    // Ink and paper: text and lines on fixed light grounds (notes, heatmap cells, exports).
    public static final Rgb INK = Rgb.of(0x1f2733);
    /** Second-rank text on a light ground where {@link #INK_MUTED} would be too faint (a card's channel). */
    public static final Rgb INK_SOFT = Rgb.of(0x3a4350);
    public static final Rgb INK_MUTED = Rgb.of(0x5b6576);
    public static final Rgb INK_FAINT = Rgb.of(0x8a93a3);
    public static final Rgb PAPER = Rgb.of(0xffffff);

    // The map's structure as exported: grid, stage headers, lane bands, cards, channel pills, the emotion curve.
    public static final Rgb GRID = Rgb.of(0xdde2ea);
    public static final Rgb STAGE_HEADER = Rgb.of(0x263449);
    public static final Rgb STAGE_HEADER_ALT = Rgb.of(0x2f405a);
    public static final Rgb STAGE_NUMBER = Rgb.of(0x9fb3d1);
    public static final Rgb LANE_HEADER = Rgb.of(0xf3f5f8);
    /** Every other lane band and heatmap row. */
    public static final Rgb ROW_TINT = Rgb.of(0xfafbfc);
    public static final Rgb CARD_BORDER = Rgb.of(0xc5cdd9);
    public static final Rgb CHANNEL_PILL = Rgb.of(0xeef1f6);
    public static final Rgb NEUTRAL_LINE = Rgb.of(0xb8c0cc);
    public static final Rgb CURVE = Rgb.of(0x3b4a63);
    /** Evidence badges are told apart by shape (solid, outlined, dashed), not colour, so they print in greyscale. */
    public static final Rgb EVIDENCE_INK = CURVE;
    public static final Rgb CARD_SHADOW = Rgb.of(0x0f172a).withOpacity(28 / 255.0);

    // The accent strip beside a lane's title in exports, one per kind of lane.
    public static final Rgb LANE_TOUCHPOINTS = Rgb.of(0x4c78a8);
    public static final Rgb LANE_CHANNEL = Rgb.of(0x72b7b2);
    public static final Rgb LANE_EMOTION = Rgb.of(0x998ec3);
    public static final Rgb LANE_EXPECTATIONS = Rgb.of(0x9d9da1);
    public static final Rgb LANE_BACKSTAGE = Rgb.of(0x6b7b8c);
    public static final Rgb LANE_NOTES = Rgb.of(0xb0b7c3);

    // Sticky notes: pain points orange like the scale's dissatisfied end, opportunities blue; never red against green.
    public static final Rgb PAIN_NOTE = Rgb.of(0xfde3d3);
    public static final Rgb PAIN_EDGE_MILD = Rgb.of(0xeea176);
    public static final Rgb PAIN_EDGE = Rgb.of(0xd9733a);
    public static final Rgb PAIN_EDGE_SEVERE = Rgb.of(0xa3400f);
    public static final Rgb OPPORTUNITY_NOTE = Rgb.of(0xdcecf9);
    public static final Rgb OPPORTUNITY_EDGE = Rgb.of(0x3f7fbf);
    /**
     * An opportunity's status as a bubble of the value–effort matrix, idea to dropped (Okabe–Ito hues, told apart
     * under red–green deficiencies; each bubble also carries its title, so colour is never the only cue).
     */
    public static final Rgb STATUS_IDEA = Rgb.of(0x9aa5b4);
    public static final Rgb STATUS_PLANNED = Rgb.of(0x56b4e9);
    public static final Rgb STATUS_IN_PROGRESS = Rgb.of(0xe69f00);
    public static final Rgb STATUS_DONE = Rgb.of(0x009e73);
    public static final Rgb STATUS_DROPPED = Rgb.of(0xdfe3e8);
    /** The value–effort matrix's high-value, low-effort quadrant (quick wins), tinted so the eye goes there first. */
    public static final Rgb QUICK_WIN_TINT = Rgb.of(0x009e73).withOpacity(0.07);
    /** The dashed edge of a note whose evidence is only assumed. */
    public static final Rgb ASSUMED_EDGE = Rgb.of(0x000000).withOpacity(0.25);

    /**
     * The heatmap's diverging scale, most dissatisfied to most satisfied: ColorBrewer's PuOr, orange through
     * near-white to purple, which people with any common colour-vision deficiency still tell apart, and whose ends
     * also differ in lightness for greyscale print.
     */
    public static final Ramp HEATMAP = Ramp.of(0xb35806, 0xf1a340, 0xfee0b6, 0xf7f7f7, 0xd8daeb, 0x998ec3, 0x542788);
    /** An empty heatmap cell (no value). */
    public static final Rgb NO_VALUE = Rgb.of(0xe0e0e0);
    /** A cell with an export's "missing" mark. */
    public static final Rgb MISSING_CELL = Rgb.of(0xeceff3);
    /** The dashed edge of a heatmap cell with few answers. */
    public static final Rgb LOW_N_EDGE = Rgb.of(0x555555);
    /** The outline of the neutral emotion, whose fill is nearly white. */
    public static final Rgb EMOTION_NEUTRAL_EDGE = Rgb.of(0x7d8594);
    /** The strongest emotion score either way. */
    public static final int EMOTION_MAX = 2;

    // Translucent layers in the window: shadows, a veil behind badges on dark cards, the drop and selection tints.
    public static final Rgb SHADOW_RESTING = Rgb.of(0x000000).withOpacity(0.06);
    public static final Rgb SHADOW_FLOATING = Rgb.of(0x000000).withOpacity(0.12);
    public static final Rgb SHADOW_RAISED = Rgb.of(0x000000).withOpacity(0.18);
    public static final Rgb PAPER_VEIL = PAPER.withOpacity(0.92);
    /** The selection blue of the light theme, faint enough to show the map through it. */
    public static final Rgb DROP_TINT = Rgb.of(0x0969da).withOpacity(0.06);
    public static final Rgb RUBBER_BAND_TINT = Rgb.of(0x0969da).withOpacity(0.10);

    // Presentation mode: its own dark and light looks, independent of the editor's theme.
    public static final Rgb PRESENT_DARK_BACKGROUND = Rgb.of(0x12161c);
    public static final Rgb PRESENT_DARK_TEXT = Rgb.of(0xeef1f5);
    public static final Rgb PRESENT_DARK_CARD = Rgb.of(0x2b3441);
    public static final Rgb PRESENT_DARK_STAGE = Rgb.of(0x1c232d);
    public static final Rgb PRESENT_DARK_LINE = Rgb.of(0x3a4554);
    public static final Rgb PRESENT_DARK_MUTED = Rgb.of(0x9aa6b5);
    public static final Rgb PRESENT_LIGHT_BACKGROUND = Rgb.of(0xf6f7f9);
    public static final Rgb PRESENT_LIGHT_STAGE = Rgb.of(0xe9edf2);
    public static final Rgb PRESENT_CURRENT_STAGE = Rgb.of(0x4c8bf5);

    private Palette() {
    }

    /** An emotion's fill, −2…+2: the heatmap scale's colours of ratings 1…5, so one legend explains both. */
    public static Rgb emotion(int score) {
        return HEATMAP.at((clamped(score) + EMOTION_MAX) / (2.0 * EMOTION_MAX));
    }

    /** An emotion's outline, and its colour as a mark on paper (an icon, a word): darker than the fill. */
    public static Rgb emotionEdge(int score) {
        return score == 0 ? EMOTION_NEUTRAL_EDGE : emotion(score).darker();
    }

    /** The edge of a pain point's note, darker the more severe (1 to 3). */
    public static Rgb painEdge(int severity) {
        return switch (severity) {
            case 1 -> PAIN_EDGE_MILD;
            case 2 -> PAIN_EDGE;
            default -> PAIN_EDGE_SEVERE;
        };
    }

    private static int clamped(int score) {
        return Math.max(-EMOTION_MAX, Math.min(EMOTION_MAX, score));
    }
}
