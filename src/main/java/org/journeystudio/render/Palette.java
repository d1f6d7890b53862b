package org.journeystudio.render;

import java.awt.Color;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.RatingScale;

/** The colours of an exported map: quiet greys for structure, colour only where it carries meaning. */
final class Palette {
    static final Color INK = new Color(0x1f2733);
    static final Color MUTED_INK = new Color(0x5b6576);
    static final Color FAINT_INK = new Color(0x8a93a3);
    static final Color GRID = new Color(0xdde2ea);
    static final Color STAGE_HEADER = new Color(0x263449);
    static final Color STAGE_HEADER_ALT = new Color(0x2f405a);
    static final Color STAGE_NUMBER = new Color(0x9fb3d1);
    static final Color LANE_HEADER = new Color(0xf3f5f8);
    static final Color ROW_TINT = new Color(0xfafbfc);
    static final Color CARD = Color.WHITE;
    static final Color CARD_BORDER = new Color(0xc5cdd9);
    static final Color SHADOW = new Color(15, 23, 42, 28);
    static final Color PAIN_NOTE = new Color(0xfde3d3);
    static final Color PAIN_EDGE = new Color(0xd9733a);
    static final Color OPPORTUNITY_NOTE = new Color(0xdcecf9);
    static final Color OPPORTUNITY_EDGE = new Color(0x3f7fbf);
    static final Color CHANNEL_PILL = new Color(0xeef1f6);
    static final Color NEUTRAL_LINE = new Color(0xb8c0cc);
    static final Color CURVE = new Color(0x3b4a63);
    static final Color MISSING_CELL = new Color(0xeceff3);
    /** Emotions −2…+2 take the colours of ratings 1…5 on the heatmap's scale. */
    private static final DivergingScale EMOTION_SCALE = new DivergingScale(RatingScale.ONE_TO_FIVE);

    private Palette() {
    }

    /** Emotion colours follow the heatmap's diverging scale, so one legend explains both. */
    static Color emotion(int score) {
        return new Color(EMOTION_SCALE.rgb(score + 3.0));
    }

    static Color emotionOutline(int score) {
        return score == 0 ? new Color(0x7d8594) : emotion(score).darker();
    }

    static boolean isStrongEmotion(int score) {
        return Math.abs(score) == Emotion.MAX;
    }

    /** The accent strip beside a lane's title. */
    static Color laneAccent(LaneKind kind) {
        return switch (kind) {
            case TOUCHPOINTS -> new Color(0x4c78a8);
            case CHANNEL -> new Color(0x72b7b2);
            case EMOTION -> new Color(0x998ec3);
            case EXPECTATIONS -> new Color(0x9d9da1);
            case PAIN_POINTS -> PAIN_EDGE;
            case OPPORTUNITIES -> OPPORTUNITY_EDGE;
            case BACKSTAGE -> new Color(0x6b7b8c);
            case NOTES, CUSTOM -> new Color(0xb0b7c3);
        };
    }

    static Color rgb(int rgb) {
        return new Color(rgb);
    }

    /** A segment's own colour from the model ("#rrggbb"), or a grey when it has none. */
    static Color hex(String color) {
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            return FAINT_INK;
        }
        return new Color(Integer.parseInt(color.substring(1), 16));
    }
}
