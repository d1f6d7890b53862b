package org.journeystudio.survey;

import java.util.List;
import org.journeystudio.i18n.Messages;

/**
 * Reads one survey row's rating answers with each column's {@link ColumnScale}. Results are point indexes
 * (0 = the scale's lowest point) or one of the negative codes below; codes at or below {@link #NOT_A_RATING}
 * make a row bad.
 */
public final class RatingAnswers {
    /** The answer is empty and counts nowhere. */
    public static final int NOT_APPLICABLE = -1;
    /** The answer opts out ("N/A", "Don't know", a code the user named): counted as not applicable. */
    public static final int OPTED_OUT = -2;
    /** The answer is neither a number nor a text of the column's scale. */
    public static final int NOT_A_RATING = -3;
    /** The answer is a number that is not a point of the scale. */
    public static final int OUT_OF_SCALE = -4;

    private RatingAnswers() {
    }

    /** True for a code that makes the row bad. */
    public static boolean isBad(int verdict) {
        return verdict <= NOT_A_RATING;
    }

    /**
     * Reads one survey row's rating answers into {@code values} (in {@code ratings} order: the point or a
     * not-applicable code); returns why the row cannot be used (wrong field count, a bad answer), or null.
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
            int value = rating.key().read(raw, notApplicable);
            if (isBad(value)) {
                return problem(raw, value, rating);
            }
            values[i] = value;
        }
        return null;
    }

    /** Why a record with {@code found} fields does not fit a header of {@code expected}. */
    static String fieldCountProblem(int found, int expected) {
        return Messages.text("imports.fieldCount", found, expected);
    }

    /** Why an answer that {@link ColumnScale#read} refused is bad, for the bad-rows list. */
    public static String problem(String raw, int code, RatingColumn column) {
        String name = column.column().name();
        String scale = column.scale().label();
        if (code == OUT_OF_SCALE) {
            return Messages.text(column.key().detected() ? "imports.notAPointOfAFoundScale" : "imports.notAPoint",
                    name, raw.trim(), scale, SurveyHeatmaps.SAMPLE_ROWS);
        }
        return Messages.text(column.key().form() == null ? "imports.notAnAnswer" : "imports.notAnAnswerOfAWordScale",
                name, raw.trim(), scale);
    }
}
