package org.journeystudio.survey;

import java.util.List;
import org.journeystudio.model.AnswerScale;

/**
 * What the user said about scales: a numeric scale for every numeric rating column (or null to detect each),
 * their own orders of text answers, and the not-applicable codes.
 *
 * @param scale         the scale of every numeric rating column, or null
 * @param orders        text scales in the user's order, tried before the catalogue
 * @param notApplicable the not-applicable codes
 */
public record ScaleChoices(AnswerScale scale, List<ScaleForm> orders, NotApplicableCodes notApplicable) {
    public ScaleChoices {
        orders = List.copyOf(orders);
    }

    public static ScaleChoices defaults() {
        return new ScaleChoices(null, List.of(), NotApplicableCodes.defaults());
    }
}
