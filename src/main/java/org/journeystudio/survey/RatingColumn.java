package org.journeystudio.survey;

import org.journeystudio.model.AnswerScale;

/**
 * A survey column holding ratings of one touchpoint.
 *
 * @param column     the survey column
 * @param touchpoint the touchpoint name shown in the heatmap
 * @param key        how its answers are read: the scale they sit on and, for words, their order
 */
public record RatingColumn(SurveyColumn column, String touchpoint, ColumnScale key) {
    public AnswerScale scale() {
        return key.scale();
    }
}
