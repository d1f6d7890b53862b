package org.journeystudio.survey;

import java.util.Set;
import org.journeystudio.model.AnswerScale;

/**
 * How one rating column's answers are read: its scale, the text form when the answers are words, and the numbers
 * the export itself labels as opt-outs ("-99 - Don't know"). Answers become point indexes (0 = lowest) or one of
 * {@link RatingAnswers}' codes.
 *
 * @param scale            the scale the answers sit on
 * @param form             the ordered answer texts of a text scale, or null for a numeric one
 * @param optOutNumbers    numbers that mean "not applicable" in this column
 * @param detected         true when the scale was found from the first rows' numbers rather than given
 */
public record ColumnScale(AnswerScale scale, ScaleForm form, Set<Double> optOutNumbers, boolean detected) {
    public ColumnScale {
        optOutNumbers = Set.copyOf(optOutNumbers);
    }

    public ColumnScale(AnswerScale scale, ScaleForm form, Set<Double> optOutNumbers) {
        this(scale, form, optOutNumbers, false);
    }

    public static ColumnScale numeric(AnswerScale scale) {
        return new ColumnScale(scale, null, Set.of());
    }

    /** A numeric scale found from the answers of the first rows: a later answer may lie beyond it. */
    static ColumnScale detected(AnswerScale scale) {
        return new ColumnScale(scale, null, Set.of(), true);
    }

    public static ColumnScale text(ScaleForm form) {
        return new ColumnScale(form.scale(), form, Set.of());
    }

    /** The same reading with the column's own opt-out numbers. */
    ColumnScale withOptOutNumbers(Set<Double> numbers) {
        return new ColumnScale(scale, form, numbers, detected);
    }

    /** The point index of an answer, or a negative {@link RatingAnswers} code. */
    public int read(String raw, NotApplicableCodes notApplicable) {
        String text = raw.trim();
        if (text.isEmpty()) {
            return RatingAnswers.NOT_APPLICABLE;
        }
        LabelledNumber number = LabelledNumber.parse(text);
        if (number != null) {
            return readNumber(number, notApplicable);
        }
        String key = AnswerText.key(text);
        if (key.isEmpty() || OptOutAnswers.isNotShown(key)) {
            return RatingAnswers.NOT_APPLICABLE;
        }
        if (notApplicable.matchesText(key)) {
            return RatingAnswers.OPTED_OUT;
        }
        int point = form == null ? -1 : form.point(key);
        return point >= 0 ? point : RatingAnswers.NOT_A_RATING;
    }

    /** The verdict on a whole number already parsed from bytes; the fast reader's way round {@link #read}. */
    public int readWhole(int value, NotApplicableCodes notApplicable) {
        return readNumber(new LabelledNumber(value, ""), notApplicable);
    }

    private int readNumber(LabelledNumber number, NotApplicableCodes notApplicable) {
        if (number.isLabelled()) {
            String key = AnswerText.key(number.label());
            if (OptOutAnswers.isOptOut(key) || notApplicable.matchesText(key)) {
                return RatingAnswers.OPTED_OUT;
            }
            int point = form == null ? -1 : form.point(key);
            if (point >= 0) {
                return point;
            }
        }
        if (optOutNumbers.contains(number.value()) || notApplicable.matchesNumber(number.value(), scale)) {
            return RatingAnswers.OPTED_OUT;
        }
        int point = scale.point(number.value());
        return point >= 0 ? point : RatingAnswers.OUT_OF_SCALE;
    }
}
