package org.journeystudio.survey;

import org.journeystudio.model.RatingScale;

/**
 * A survey column holding ratings of one touchpoint.
 *
 * @param column     the survey column
 * @param touchpoint the touchpoint name shown in the heatmap
 * @param scale      the scale its answers sit on
 */
public record RatingColumn(SurveyColumn column, String touchpoint, RatingScale scale) {
}
