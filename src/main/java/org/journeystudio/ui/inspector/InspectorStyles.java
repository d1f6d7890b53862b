package org.journeystudio.ui.inspector;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import org.journeystudio.model.Evidence;
import org.journeystudio.ui.StudioStyles;

/** The style classes and pseudo-classes of the inspector; their rules are in inspector.css. */
final class InspectorStyles {
    static final String FIELD_MESSAGE = "field-message";
    static final String FORM = "form";
    static final String FIELD_LABEL = "field-label";
    static final String FIELD_HINT = "field-hint";
    static final String EMPTY_NOTE = "empty-note";

    // Lists of items (pain points, opportunities, expectations, segments, personas), each row a quiet card.
    static final String ITEM_LIST = "item-list";
    static final String ITEM_ROW = "item-row";
    static final String ITEM_TEXT = "item-text";
    static final String ADD_ROW = "add-row";
    static final String MOVE_UP = "move-up";
    static final String MOVE_DOWN = "move-down";
    static final String REMOVE_ITEM = "remove-item";
    static final String PAIN_POINT = "pain-point";
    static final String OPPORTUNITY = "opportunity";
    /** The pain point row's button that turns it into an opportunity. */
    static final String TO_OPPORTUNITY = "to-opportunity";
    /** The opportunity row's button that deletes it from the action plan (the remove button only unlinks). */
    static final String DELETE_OPPORTUNITY = "delete-opportunity";
    static final String EXPECTATION = "expectation";
    static final String SEGMENT = "segment";
    static final String PERSONA = "persona";
    static final String SEVERITY_CHOICE = "severity-choice";
    /** A pain point row of the highest severity. */
    static final PseudoClass SEVERE = PseudoClass.getPseudoClass("severe");

    // Emotion, evidence, colours.
    static final String EMOTION_PICKER = "emotion-picker";
    static final String EMOTION_FACE = "emotion-face";
    static final String EVIDENCE_TOGGLE = "evidence-toggle";
    static final String EVIDENCE_CHOICE = "evidence-choice";
    static final String SWATCH_PICKER = "swatch-picker";

    // Satisfaction ratings per segment.
    static final String SATISFACTION_RATINGS = "satisfaction-ratings";
    static final String SEGMENT_SWATCH = StudioStyles.SEGMENT_SWATCH;
    static final String SEGMENT_NAME = "segment-name";
    static final String RATING_VALUE = "rating-value";
    static final String RATING_ORIGIN = "rating-origin";

    // AtlantaFX's button variants the inspector uses.
    static final String FLAT = Styles.FLAT;
    static final String SMALL = Styles.SMALL;
    static final String BUTTON_ICON = Styles.BUTTON_ICON;

    private InspectorStyles() {
    }

    /** The list of one kind of item: {@code pain-point-list}, {@code persona-list}, … */
    static String listOf(String item) {
        return item + "-list";
    }

    /** A row of one kind of item: {@code pain-point-row}, {@code persona-row}, … */
    static String rowOf(String item) {
        return item + "-row";
    }

    static String emotionScore(int score) {
        return StudioStyles.emotionScore(score);
    }

    static boolean isEmotionScore(String styleClass) {
        return styleClass.startsWith(StudioStyles.EMOTION_SCORE_PREFIX);
    }

    static String evidence(Evidence evidence) {
        return StudioStyles.evidence(evidence);
    }
}
