package org.journeystudio.render;

import java.awt.Color;
import org.journeystudio.model.LaneKind;
import org.journeystudio.style.Palette;
import org.journeystudio.style.Rgb;

/** The palette as AWT colours for the exporters: quiet greys for structure, colour only where it carries meaning. */
final class Paints {
    static final Color INK = awt(Palette.INK);
    static final Color MUTED_INK = awt(Palette.INK_MUTED);
    static final Color FAINT_INK = awt(Palette.INK_FAINT);
    static final Color PAPER = awt(Palette.PAPER);
    static final Color GRID = awt(Palette.GRID);
    static final Color STAGE_HEADER = awt(Palette.STAGE_HEADER);
    static final Color STAGE_HEADER_ALT = awt(Palette.STAGE_HEADER_ALT);
    static final Color STAGE_NUMBER = awt(Palette.STAGE_NUMBER);
    static final Color LANE_HEADER = awt(Palette.LANE_HEADER);
    static final Color ROW_TINT = awt(Palette.ROW_TINT);
    static final Color CARD = PAPER;
    static final Color CARD_BORDER = awt(Palette.CARD_BORDER);
    static final Color SHADOW = awt(Palette.CARD_SHADOW);
    static final Color PAIN_NOTE = awt(Palette.PAIN_NOTE);
    static final Color OPPORTUNITY_NOTE = awt(Palette.OPPORTUNITY_NOTE);
    static final Color OPPORTUNITY_EDGE = awt(Palette.OPPORTUNITY_EDGE);
    static final Color CHANNEL_PILL = awt(Palette.CHANNEL_PILL);
    static final Color NEUTRAL_LINE = awt(Palette.NEUTRAL_LINE);
    static final Color CURVE = awt(Palette.CURVE);
    static final Color EVIDENCE_INK = awt(Palette.EVIDENCE_INK);
    static final Color MISSING_CELL = awt(Palette.MISSING_CELL);
    /** Blueprint fail and wait marks: the severe pain colour, since a fail point is where pain starts. */
    static final Color FAIL_MARK = awt(Palette.PAIN_EDGE_SEVERE);
    static final Color PAIN_EDGE = awt(Palette.PAIN_EDGE);

    private Paints() {
    }

    static Color emotion(int score) {
        return awt(Palette.emotion(score));
    }

    static Color emotionOutline(int score) {
        return awt(Palette.emotionEdge(score));
    }

    static boolean isStrongEmotion(int score) {
        return Math.abs(score) == Palette.EMOTION_MAX;
    }

    static Color painEdge(int severity) {
        return awt(Palette.painEdge(severity));
    }

    /** The accent strip beside a lane's title. */
    static Color laneAccent(LaneKind kind) {
        return awt(switch (kind) {
            case TOUCHPOINTS -> Palette.LANE_TOUCHPOINTS;
            case CHANNEL -> Palette.LANE_CHANNEL;
            case EMOTION -> Palette.LANE_EMOTION;
            case EXPECTATIONS -> Palette.LANE_EXPECTATIONS;
            case PAIN_POINTS -> Palette.PAIN_EDGE;
            case OPPORTUNITIES -> Palette.OPPORTUNITY_EDGE;
            case BACKSTAGE -> Palette.LANE_BACKSTAGE;
            case NOTES, CUSTOM, IMAGES -> Palette.LANE_NOTES;
        });
    }

    static Color rgb(int rgb) {
        return new Color(rgb);
    }

    /** A segment's own colour from the model ("#rrggbb"), or a grey when it has none. */
    static Color hex(String color) {
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            return FAINT_INK;
        }
        return awt(Rgb.parse(color));
    }

    static Color awt(Rgb colour) {
        return new Color(colour.red(), colour.green(), colour.blue(), colour.alpha());
    }
}
