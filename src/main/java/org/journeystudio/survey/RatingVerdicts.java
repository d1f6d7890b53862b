package org.journeystudio.survey;

import java.util.List;

/**
 * How {@link RatingAnswers} judges each rating column's answers, with the small whole numbers worked out once so
 * that the byte reader judges a digit by table lookup; anything else goes through {@link RatingAnswers}, so both
 * readers judge answers alike.
 */
final class RatingVerdicts {
    /** Whole numbers up to this are judged by table lookup. */
    static final int TABLE_MAX = 10;

    private final List<RatingColumn> columns;
    private final NotApplicableCodes notApplicable;
    private final int[][] table;

    RatingVerdicts(TallyPlan plan) {
        this.columns = plan.ratings();
        this.notApplicable = plan.notApplicable();
        this.table = new int[columns.size()][TABLE_MAX + 1];
        for (int j = 0; j < columns.size(); j++) {
            for (int v = 0; v <= TABLE_MAX; v++) {
                table[j][v] = RatingAnswers.check(v, columns.get(j).scale(), notApplicable);
            }
        }
    }

    /** Per rating column, the verdict on each whole number from 0 to {@link #TABLE_MAX}. */
    int[][] table() {
        return table;
    }

    /** The verdict on the whole number {@code value} in rating column {@code rating}. */
    int verdict(int rating, int value) {
        return value <= TABLE_MAX ? table[rating][value]
                : RatingAnswers.check(value, columns.get(rating).scale(), notApplicable);
    }

    /** The verdict on an answer that is not a plain whole number: quoted, long, or text. */
    int read(int rating, String raw) {
        return RatingAnswers.read(raw, columns.get(rating).scale(), notApplicable);
    }

    /** Why {@code raw} in rating column {@code rating} got the bad verdict {@code value}. */
    String problem(int rating, String raw, int value) {
        return RatingAnswers.problem(raw, value, columns.get(rating));
    }
}
