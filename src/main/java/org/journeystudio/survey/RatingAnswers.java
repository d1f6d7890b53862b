package org.journeystudio.survey;

import java.util.List;
import org.journeystudio.model.RatingScale;

/**
 * Reads one rating answer: a whole number, a labelled number ("9 - Very likely") or a choice text, checked
 * against the scale and the not-applicable codes. Results are the scale point, or one of the negative codes.
 */
public final class RatingAnswers {
    /** The answer is a not-applicable code and counts nowhere. */
    public static final int NOT_APPLICABLE = -1;
    /** The answer is neither a number nor a known choice text. */
    public static final int NOT_A_RATING = -2;
    /** The answer is a number outside the scale. */
    public static final int OUT_OF_SCALE = -3;

    private RatingAnswers() {
    }

    /**
     * Reads one survey row's rating answers into {@code values} (in {@code ratings} order: the scale point or
     * {@link #NOT_APPLICABLE}); returns why the row cannot be used (wrong field count, a bad answer), or null.
     * The heatmap's tally and the library import judge rows with this one rule.
     */
    public static String readRow(SurveyRow row, int fieldCount, List<RatingColumn> ratings,
                                 NotApplicableCodes notApplicable, int[] values) {
        if (row.values().size() != fieldCount) {
            return fieldCountProblem(row.values().size(), fieldCount);
        }
        for (int i = 0; i < values.length; i++) {
            RatingColumn rating = ratings.get(i);
            String raw = row.values().get(rating.column().index());
            int value = read(raw, rating.scale(), notApplicable);
            if (value < NOT_APPLICABLE) {
                return problem(raw, value, rating);
            }
            values[i] = value;
        }
        return null;
    }

    /** Why a record with {@code found} fields does not fit a header of {@code expected}. */
    static String fieldCountProblem(int found, int expected) {
        return "has " + found + (found == 1 ? " field" : " fields") + " but the header has " + expected;
    }

    public static int read(String raw, RatingScale scale, NotApplicableCodes notApplicable) {
        if (notApplicable.matches(raw, scale)) {
            return NOT_APPLICABLE;
        }
        String text = raw.trim();
        int number = wholeNumber(text);
        if (number == NOT_A_RATING) {
            number = ChoiceText.value(text, scale);
            if (number < 0) {
                return NOT_A_RATING;
            }
        } else if (notApplicable.matchesNumber(number, scale)) {
            return NOT_APPLICABLE;
        }
        return scale.contains(number) ? number : OUT_OF_SCALE;
    }

    /** Checks a whole number already parsed from bytes; the fast reader's shortcut around {@link #read}. */
    public static int check(int number, RatingScale scale, NotApplicableCodes notApplicable) {
        if (notApplicable.matchesNumber(number, scale)) {
            return NOT_APPLICABLE;
        }
        return scale.contains(number) ? number : OUT_OF_SCALE;
    }

    /** Why an answer that {@link #read} refused is bad, for the bad-rows list. */
    public static String problem(String raw, int code, RatingColumn column) {
        String where = "column '" + column.column().name() + "'";
        if (code == OUT_OF_SCALE) {
            return where + ": " + raw.trim() + " is outside the " + column.scale().label() + " scale";
        }
        return where + ": '" + raw.trim() + "' is not a rating on the " + column.scale().label() + " scale";
    }

    /** "4", "+4", "04", "4.0" → 4; "-1" → -1 as a number; "3.5" or text → {@link #NOT_A_RATING}. */
    static int wholeNumber(String text) {
        int end = text.length();
        int dot = text.indexOf('.');
        if (dot < 0) {
            dot = text.indexOf(',');
        }
        if (dot >= 0) {
            for (int i = dot + 1; i < end; i++) {
                if (text.charAt(i) != '0') {
                    return NOT_A_RATING;
                }
            }
            end = dot;
        }
        int start = 0;
        boolean negative = false;
        if (end > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            start = 1;
        }
        if (start >= end || end - start > 6) {
            return NOT_A_RATING;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_A_RATING;
            }
            value = value * 10 + (c - '0');
        }
        // Negative numbers are real numbers off every scale; mapped far below so they never collide with codes.
        return negative ? -1000 - value : value;
    }
}
