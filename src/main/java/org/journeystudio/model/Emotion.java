package org.journeystudio.model;

/** How the customer feels at a touchpoint: −2 (frustrated) … +2 (delighted), with an optional own label. */
public record Emotion(int score, String label) {
    public static final int MIN = -2;
    public static final int MAX = 2;
    public static final Emotion NEUTRAL = new Emotion(0, "");
    private static final String[] DEFAULT_LABELS = {"Frustrated", "Unhappy", "Neutral", "Happy", "Delighted"};

    public Emotion {
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("Emotion score must be between -2 and +2, not " + score);
        }
        label = Checks.text(label);
    }

    public static Emotion of(int score) {
        return new Emotion(score, "");
    }

    /** The label to show: the user's own, or the usual word for the score. */
    public String displayLabel() {
        return label.isEmpty() ? defaultLabel(score) : label;
    }

    public static String defaultLabel(int score) {
        return DEFAULT_LABELS[score - MIN];
    }
}
