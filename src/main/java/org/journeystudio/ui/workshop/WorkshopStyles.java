package org.journeystudio.ui.workshop;

import atlantafx.base.theme.Styles;

/** The style classes of the facilitator's workshop view; their rules are in workshop.css. */
final class WorkshopStyles {
    static final String STAGE_TOGGLE = "stage-toggle";

    // The live heatmap.
    static final String LIVE_HEATMAP = "live-heatmap";
    static final String LIVE_COLUMN_TITLE = "live-column-title";
    /** A column for everyone, not one segment. */
    static final String ALL = "all";
    static final String SEGMENT = "segment";
    static final String LIVE_STAGE_HEADING = "live-stage-heading";
    static final String LIVE_ROW_TITLE = "live-row-title";
    static final String LIVE_CELL = "live-cell";
    static final String LIVE_CELL_VALUE = "live-cell-value";
    static final String LIVE_CELL_N = "live-cell-n";
    static final String LEGEND_PIECE = "legend-piece";

    // The room's mood per stage.
    static final String ROOM_MOOD = "room-mood";
    static final String ROOM_MOOD_NEUTRAL = "room-mood-neutral";
    static final String ROOM_MOOD_BAR = "room-mood-bar";
    static final String ROOM_MOOD_VALUE = "room-mood-value";
    static final String ROOM_MOOD_NAME = "room-mood-name";
    static final String ROOM_MOOD_STAGE_BREAK = "room-mood-stage-break";

    // Comments from the phones.
    static final String COMMENT = "comment";
    static final String COMMENT_HEADING = "comment-heading";
    static final String COMMENT_TEXT = "comment-text";
    static final String COMMENT_ACCEPTED = "comment-accepted";
    static final String COMMENT_ACCEPT_AS = "comment-accept-as";
    static final String ACCEPTED = "accepted";
    static final String ACCEPT_PAIN_POINT = "accept-pain-point";
    static final String ACCEPT_OPPORTUNITY = "accept-opportunity";
    static final String REMOVE_COMMENT = "remove-comment";

    // AtlantaFX's button variants the comment cells use.
    static final String BUTTON_ICON = Styles.BUTTON_ICON;
    static final String FLAT = Styles.FLAT;
    static final String DANGER = Styles.DANGER;
    static final String SMALL = Styles.SMALL;

    private WorkshopStyles() {
    }
}
