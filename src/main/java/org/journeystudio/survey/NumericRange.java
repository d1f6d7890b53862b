package org.journeystudio.survey;

import org.journeystudio.i18n.Messages;
import org.journeystudio.model.AnswerScale;

/**
 * Chooses a numeric scale from the numbers a column holds: it starts at 1 when no answer is below 1, else at 0
 * (or at the lowest negative answer; whole answers from 0 up to 5 read as 1–5 with 0 not applicable), and ends at the first usual end (3, 4, 5, 6, 7, 10, 100) at or above the
 * highest answer, so a 1–4 column reads as 1–4, one whose top answer is 9 as 0–10 or 1–10, a slider as 0–100.
 * The step is the finest one every answer is a multiple of. The user can always give the scale instead.
 */
final class NumericRange {
    static final AnswerScale DEFAULT = AnswerScale.numeric(1, 5, 1);
    private static final int[] USUAL_ENDS = {3, 4, 5, 6, 7, 10, 100};

    private NumericRange() {
    }

    static AnswerScale of(ColumnEvidence evidence, java.nio.file.Path file, String column) {
        double step = evidence.step();
        double low = evidence.min >= 1 && step == 1 ? 1 : evidence.min >= 0 ? 0 : Math.floor(evidence.min);
        double high = Math.ceil(evidence.max);
        for (int end : USUAL_ENDS) {
            if (end >= evidence.max && end > low) {
                high = end;
                break;
            }
        }
        if (high <= low) {
            high = low + 1;
        }
        if (low == 0 && evidence.max <= 5 && step == 1) {
            // Spreadsheets write 0 for "no answer" on a five-point scale far more often than they use a 0-5
            // scale: read as 1-5, where the default codes make 0 not applicable (--scale 0-5 says otherwise).
            low = 1;
            high = 5;
        }
        long points = Math.round((high - low) / step) + 1;
        if (points > AnswerScale.MAX_POINTS) {
            throw new SurveyException(Messages.text("imports.tooManyPoints", file, column,
                    AnswerScale.format(evidence.min), AnswerScale.format(evidence.max), AnswerScale.format(step), points,
                    AnswerScale.MAX_POINTS));
        }
        return AnswerScale.numeric(low, high, step);
    }
}
