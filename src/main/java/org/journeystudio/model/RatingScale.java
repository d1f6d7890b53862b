package org.journeystudio.model;

/** The rating scale a map's satisfaction scores use. */
public enum RatingScale {
    ONE_TO_FIVE(1, 5),
    ONE_TO_SEVEN(1, 7),
    ZERO_TO_TEN(0, 10);

    private final int min;
    private final int max;

    RatingScale(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** The middle of the scale: neither satisfied nor dissatisfied. */
    public double neutral() {
        return (min + max) / 2.0;
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** {@code rating} on this scale moved to the same place on {@code to}: 4 on 1–5 is 5.5 on 1–7. */
    public double convert(double rating, RatingScale to) {
        if (this == to) {
            return rating;
        }
        double share = (rating - min) / (double) (max - min);
        return to.min + share * (to.max - to.min);
    }

    /** Short label such as "1–5", also the form used in files and on the command line (with a plain hyphen). */
    public String label() {
        return min + "-" + max;
    }

    public static RatingScale fromLabel(String label) {
        for (RatingScale scale : values()) {
            if (scale.label().equals(label.trim().replace('–', '-'))) {
                return scale;
            }
        }
        throw new IllegalArgumentException("Unknown rating scale '" + label + "': use 1-5, 1-7 or 0-10");
    }
}
