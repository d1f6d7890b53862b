package org.journeystudio.ui.canvas;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.LaneKind;
import org.journeystudio.ui.StudioStyles;

/** The style classes of the canvas; their rules are in canvas.css and satisfaction-overlay.css. */
final class CanvasStyles {
    // The map and its layers, back to front.
    static final String JOURNEY_MAP = "journey-map";
    static final String MAP_HOLDER = "map-holder";
    /** The scroll pane skin's own class for the area that shows the map. */
    static final String VIEWPORT = "viewport";
    static final String PANNING = "panning";
    static final String MAP_CORNER = "map-corner";
    static final String MAP_EMPTY = "map-empty";
    static final String BANDS = "bands";
    static final String TEXTS = "texts";
    static final String NOTES = "notes";
    static final String CARDS = "cards";
    static final String POINTS = "points";
    static final String LANE_HEADERS = "lane-headers";
    static final String STAGE_HEADERS = "stage-headers";

    // Grid: stage columns and lane rows.
    static final String STAGE_BAND = "stage-band";
    static final String LANE_BAND = "lane-band";
    static final String EVEN = "even";
    static final String ODD = "odd";
    static final String STAGE_HEADER = "stage-header";
    static final String STAGE_NUMBER = "stage-number";
    static final String STAGE_NUMBER_TEXT = "stage-number-text";
    static final String STAGE_NAME = "stage-name";
    static final String STAGE_DESCRIPTION = "stage-description";
    static final String STAGE_RESIZE_HANDLE = "stage-resize-handle";
    static final String ADD_STAGE_BUTTON = "add-stage-button";
    static final String ADD_CARD_BUTTON = "add-card-button";
    static final String LANE_HEADER = "lane-header";

    // Cards, notes and the text lanes.
    static final String TOUCHPOINT_CARD = "touchpoint-card";
    static final String CARD_TITLE = "card-title";
    static final String CARD_CHANNEL = "card-channel";
    static final String CARD_PICTURE = "card-picture";
    static final String LANE_PICTURE = "lane-picture";
    static final String EVIDENCE_BADGE = "evidence-badge";
    static final String EVIDENCE_TEXT = "evidence-text";
    /** A card's scenario badge: new or changed against the scenario the shown one was copied from. */
    static final String BLUEPRINT_MARK = "blueprint-mark";
    static final String BLUEPRINT_MARK_TEXT = "blueprint-mark-text";
    static final String FAIL_MARK = "fail-mark";
    static final String WAIT_MARK = "wait-mark";
    static final String BLUEPRINT_LINE = "blueprint-line";
    static final String BLUEPRINT_LINE_LABEL = "blueprint-line-label";
    static final String LINK_ARROW = "link-arrow";
    static final String LINK_ARROW_LINE = "link-arrow-line";
    static final String CONNECTOR = "connector";
    static final String CONNECTOR_LINE = "connector-line";
    static final String CONNECTOR_HIT = "connector-hit";
    static final String CONNECTOR_HEAD = "connector-head";
    static final String CONNECTOR_NEXT = "connector-next";
    static final String CONNECTOR_BRANCH = "connector-branch";
    static final String CONNECTOR_LOOP_BACK = "connector-loop-back";
    static final String CONNECTOR_SELECTED = "connector-selected";
    static final String CONNECTOR_HANDLE = "connector-handle";
    static final String CONNECTOR_PREVIEW = "connector-preview";
    static final String PATH_TRACK_NAME = "path-track-name";
    static final String PATH_TRACK_LINE = "path-track-line";
    static final String PATH_CURVE = "path-curve";
    static final String CHANGE_BADGE = "change-badge";
    static final String CHANGE_TEXT = "change-text";
    static final String CHANGE_NEW = "change-new";
    static final String CHANGE_CHANGED = "change-changed";
    static final String STICKY_NOTE = "sticky-note";
    static final String PAIN_POINT = "pain-point";
    static final String OPPORTUNITY = "opportunity";
    static final String NOTE_TEXT = "note-text";
    static final String CHANNEL_LABEL = "channel-label";
    static final String CHANNEL_TEXT = "channel-text";
    static final String EXPECTATION_TEXT = "expectation-text";
    static final String EXPECTATION_LINE = "expectation-line";
    /** Cards coloured by the satisfaction overlay: which ink reads on their fill. */
    static final String HEAT_LIGHT_INK = "heat-light-ink";
    static final String HEAT_DARK_INK = "heat-dark-ink";

    // The emotion lane.
    static final String EMOTION_CURVE = "emotion-curve";
    /** Another scenario's emotion curve, dashed behind the shown one. */
    static final String EMOTION_CURVE_OTHER = "emotion-curve-other";
    static final String EMOTION_NEUTRAL_LINE = "emotion-neutral-line";
    static final String EMOTION_SCALE = "emotion-scale";
    static final String EMOTION_POINT = "emotion-point";
    static final String EMOTION_POINT_WORD = "emotion-point-word";
    static final String EMOTION_BADGE = "emotion-badge";
    static final String EMOTION_POSITIVE = "emotion-positive";
    static final String EMOTION_NEGATIVE = "emotion-negative";
    static final String EMOTION_NEUTRAL = "emotion-neutral";
    /** Every emotion class of a point or badge starts with this (the ones above and {@link #emotionScore}). */
    static final String EMOTION_PREFIX = "emotion-";

    // Editing: drags, drops, resizing.
    static final String DRAGGING = "dragging";
    static final String DROP_CELL = "drop-cell";
    static final String DROP_INDICATOR = "drop-indicator";
    static final String DROP_INDICATOR_BAR = "drop-indicator-bar";
    static final String RESIZE_INDICATOR = "resize-indicator";
    static final String RUBBER_BAND = "rubber-band";
    static final String IN_PLACE_EDITOR = "in-place-editor";

    // Pseudo-classes: a selected item, and one whose evidence kind is filtered out.
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass FILTERED_OUT = PseudoClass.getPseudoClass("filtered-out");

    // AtlantaFX's button variants the canvas uses.
    static final String FLAT = Styles.FLAT;
    static final String BUTTON_CIRCLE = Styles.BUTTON_CIRCLE;

    private CanvasStyles() {
    }

    /** {@code lane-touchpoints}, {@code lane-pain-points}, …: a lane's kind. */
    static String lane(LaneKind kind) {
        return "lane-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** {@code severity-1} … {@code severity-3}: how severe a pain point's note is. */
    static String severity(int severity) {
        return "severity-" + severity;
    }

    static String emotionScore(int score) {
        return StudioStyles.emotionScore(score);
    }

    static String evidence(Evidence evidence) {
        return StudioStyles.evidence(evidence);
    }
}
