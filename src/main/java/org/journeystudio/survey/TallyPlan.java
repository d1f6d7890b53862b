package org.journeystudio.survey;

import org.journeystudio.i18n.Messages;
import java.util.List;

/**
 * What one pass over a survey counts: which fields are segments, which are ratings on which scale, and which
 * answers are not applicable. Both readers (records and raw bytes) follow the same plan.
 *
 * @param format         the survey's format
 * @param segmentColumns one or two segment columns
 * @param ratings        the rating columns, one per touchpoint
 * @param notApplicable  the not-applicable codes
 */
public record TallyPlan(SurveyFormat format, List<SurveyColumn> segmentColumns, List<RatingColumn> ratings,
                        NotApplicableCodes notApplicable) {
    public TallyPlan {
        segmentColumns = List.copyOf(segmentColumns);
        ratings = List.copyOf(ratings);
        if (segmentColumns.isEmpty() || segmentColumns.size() > 2) {
            throw new IllegalArgumentException("one or two segment columns, not " + segmentColumns.size());
        }
        if (ratings.isEmpty()) {
            throw new SurveyException(Messages.text("imports.nothingToSummarise", format.source()));
        }
    }
}
