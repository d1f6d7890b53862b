package org.journeystudio.ui.present;

/** The style classes of presentation mode; their rules are in presentation.css. */
final class PresentationStyles {
    static final String PRESENTATION = "presentation";
    static final String DARK = "dark";
    static final String LIGHT = "light";
    static final String PRESENTATION_HEADER = "presentation-header";
    static final String PRESENTATION_TITLE = "presentation-title";
    static final String PRESENTATION_STAGE = "presentation-stage";
    static final String PRESENTATION_LEGEND = "presentation-legend";
    static final String PRESENTATION_KEYS = "presentation-keys";
    static final String PRESENTATION_FOOTER = "presentation-footer";

    // The board: stages, lanes, cards, notes and the emotion curve at presentation size.
    static final String PRESENT_STAGE = "present-stage";
    static final String CURRENT_STAGE = "current-stage";
    static final String PRESENT_STAGE_BACKGROUND = "present-stage-background";
    static final String PRESENT_STAGE_TITLE = "present-stage-title";
    static final String PRESENT_LANE = "present-lane";
    static final String PRESENT_LANE_TITLE = "present-lane-title";
    static final String PRESENT_CARD = "present-card";
    /** A card coloured by its satisfaction score. */
    static final String HEAT = "heat";
    static final String PRESENT_TEXT = "present-text";
    static final String PRESENT_NOTE = "present-note";
    static final String PAIN_POINT = "pain-point";
    static final String OPPORTUNITY = "opportunity";
    static final String PRESENT_CURVE = "present-curve";
    static final String PRESENT_EMOTION = "present-emotion";

    private PresentationStyles() {
    }
}
