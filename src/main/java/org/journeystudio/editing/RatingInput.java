package org.journeystudio.editing;

import java.util.Locale;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.RatingScale;

/** Reads a score typed by the user (an expected score) and says clearly what is wrong with a bad one. */
public final class RatingInput {
    private RatingInput() {
    }

    /**
     * The number in {@code text} (a decimal comma is fine), or null for an empty text. {@code what} is the field's
     * name as the user sees it (the messages quote it in German and Spanish).
     *
     * @throws IllegalArgumentException saying what was typed and what is allowed, when it is no number or off the scale
     */
    public static Double parse(String text, RatingScale scale, String what) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(trimmed.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.text("checks.ratingNoNumber", what, trimmed));
        }
        if (!scale.contains(value)) {
            throw new IllegalArgumentException(Messages.text("checks.ratingOffScale", what, value, scale.min(),
                    scale.max()));
        }
        return value;
    }

    /** A rating as people write it: "4" for a whole number, else one decimal ("3.5"). */
    public static String format(double rating) {
        return rating == Math.rint(rating) ? String.valueOf((long) rating) : String.format(Locale.ROOT, "%.1f", rating);
    }
}
