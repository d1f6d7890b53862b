package org.journeystudio.compare;

import java.util.LinkedHashMap;
import java.util.Map;
import org.journeystudio.model.RatingScale;

/**
 * Puts both maps' ratings on one scale: the wider of the two (0–10 over 1–7 over 1–5), so no rating loses
 * resolution. When the scales differ, {@link #note} says what was converted.
 */
final class ScaleConversion {
    private final RatingScale before;
    private final RatingScale after;
    final RatingScale common;

    ScaleConversion(RatingScale before, RatingScale after) {
        this.before = before;
        this.after = after;
        this.common = width(before) > width(after) ? before : after;
    }

    private static int width(RatingScale scale) {
        return scale.max() - scale.min();
    }

    String note() {
        if (before == after) {
            return "";
        }
        RatingScale converted = common == after ? before : after;
        String which = common == after ? "old" : "new";
        return "The " + which + " state rates on " + converted.label() + " and the other on " + common.label()
                + "; both are compared on " + common.label() + " (" + converted.label() + " ratings converted).";
    }

    Double before(Double rating) {
        return rating == null ? null : before.convert(rating, common);
    }

    Double after(Double rating) {
        return rating == null ? null : after.convert(rating, common);
    }

    Map<String, Double> before(Map<String, Double> ratings) {
        Map<String, Double> converted = new LinkedHashMap<>();
        ratings.forEach((segment, value) -> converted.put(segment, before(value)));
        return converted;
    }

    Map<String, Double> after(Map<String, Double> ratings) {
        Map<String, Double> converted = new LinkedHashMap<>();
        ratings.forEach((segment, value) -> converted.put(segment, after(value)));
        return converted;
    }

    RatingSpread before(RatingSpread spread) {
        return new RatingSpread(spread.n(), before(spread.ciLow()), before(spread.ciHigh()));
    }

    RatingSpread after(RatingSpread spread) {
        return new RatingSpread(spread.n(), after(spread.ciLow()), after(spread.ciHigh()));
    }
}
