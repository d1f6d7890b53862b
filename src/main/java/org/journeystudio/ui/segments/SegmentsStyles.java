package org.journeystudio.ui.segments;

import atlantafx.base.theme.Styles;

/** The style classes of the Segments & personas editor; their rules are in segments.css. */
final class SegmentsStyles {
    static final String SEGMENT_CELL_SHARE = "segment-cell-share";
    static final String PERSONA_CELL_QUOTE = "persona-cell-quote";
    static final String PERSONA_PHOTO = "persona-photo";
    static final String ICON_CHOICE = "icon-choice";
    static final String TEXT_LIST = "text-list";
    static final String TEXT_LIST_ROW = "text-list-row";
    static final String TEXT_LIST_ITEM = "text-list-item";

    // AtlantaFX's button variants the editor uses.
    static final String FLAT = Styles.FLAT;
    static final String BUTTON_ICON = Styles.BUTTON_ICON;

    private SegmentsStyles() {
    }
}
