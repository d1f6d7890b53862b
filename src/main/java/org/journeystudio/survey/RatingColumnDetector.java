package org.journeystudio.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.journeystudio.model.RatingScale;

/**
 * Finds the rating columns of a survey from a sample of its rows: columns whose answers are all whole numbers
 * on a rating scale (0–10) or known choice texts, leaving out the export's bookkeeping columns, 0/1 flags and
 * row counters (1, 2, 3, ...).
 * Also chooses each column's scale: 1–5 when no answer is above 5, 1–7 when none is above 7 and none is 0,
 * else 0–10.
 */
public final class RatingColumnDetector {
    private RatingColumnDetector() {
    }

    /** The columns that look like ratings, in file order, each with the scale its answers fit. */
    public static List<SurveyColumn> detect(SurveyFormat format, List<SurveyRow> sample, Set<Integer> excluded,
                                            NotApplicableCodes notApplicable) {
        List<SurveyColumn> found = new ArrayList<>();
        for (SurveyColumn column : format.columns()) {
            if (excluded.contains(column.index()) || format.layout().isBookkeeping(column.name())
                    || column.aliases().stream().anyMatch(a -> format.layout().isBookkeeping(a))) {
                continue;
            }
            Evidence evidence = evidence(column, sample, notApplicable);
            if (evidence != null && evidence.answers > 0 && evidence.max >= 2 && !evidence.countsRows()) {
                found.add(column);
            }
        }
        return found;
    }

    /** The scale a column's sampled answers fit best. */
    public static RatingScale scaleOf(SurveyColumn column, Collection<SurveyRow> sample,
                                      NotApplicableCodes notApplicable) {
        Evidence evidence = evidence(column, sample, notApplicable);
        if (evidence == null || evidence.answers == 0) {
            return RatingScale.ONE_TO_FIVE;
        }
        if (evidence.max <= 5) {
            return RatingScale.ONE_TO_FIVE;
        }
        return evidence.max <= 7 && evidence.min >= 1 ? RatingScale.ONE_TO_SEVEN : RatingScale.ZERO_TO_TEN;
    }

    private static final class Evidence {
        int answers;
        int last;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        boolean stepsByOne = true;

        void add(int value) {
            if (answers > 0 && value != last + 1) {
                stepsByOne = false;
            }
            last = value;
            answers++;
            min = Math.min(min, value);
            max = Math.max(max, value);
        }

        /** 1, 2, 3, ... in every row: a respondent number, not a rating. */
        boolean countsRows() {
            return stepsByOne && answers >= 3;
        }
    }

    /** What the sample says about a column, or null when some answer is not a rating at all. */
    private static Evidence evidence(SurveyColumn column, Collection<SurveyRow> sample,
                                     NotApplicableCodes notApplicable) {
        Evidence evidence = new Evidence();
        for (SurveyRow row : sample) {
            if (column.index() >= row.values().size()) {
                continue; // a short row is reported as bad later; it says nothing about this column
            }
            String raw = row.values().get(column.index());
            // Scale-specific codes (0 on 1-5) are judged once the scale is known; here 0 counts as a number.
            if (raw.isBlank() || notApplicable.matches(raw, RatingScale.ZERO_TO_TEN)) {
                continue;
            }
            int number = RatingAnswers.wholeNumber(raw.trim());
            if (number == RatingAnswers.NOT_A_RATING) {
                RatingScale choiceScale = ChoiceText.scaleOf(raw);
                int labelled = ChoiceText.labelledNumber(raw.trim());
                if (labelled >= 0) {
                    number = labelled;
                } else if (choiceScale != null) {
                    number = ChoiceText.value(raw, choiceScale);
                    if (choiceScale == RatingScale.ONE_TO_SEVEN) {
                        evidence.add(6); // a seven-point text puts the column on 1-7 even if this answer is low
                    }
                } else {
                    return null;
                }
            }
            if (number < 0 || number > 10) {
                return null;
            }
            evidence.add(number);
        }
        return evidence;
    }
}
