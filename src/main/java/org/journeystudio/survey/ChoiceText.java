package org.journeystudio.survey;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.journeystudio.model.RatingScale;

/**
 * Maps the answer texts survey tools export instead of numbers ("Very satisfied", "Strongly agree") onto a
 * rating scale, and reads labelled numbers such as Qualtrics' {@code "10 - Extremely likely"}.
 */
public final class ChoiceText {
    private static final Map<String, Integer> FIVE_POINT = new HashMap<>();
    private static final Map<String, Integer> SEVEN_POINT = new HashMap<>();

    static {
        five(1, "very dissatisfied", "extremely dissatisfied", "strongly disagree", "very poor", "terrible",
                "very unlikely", "extremely unlikely", "very bad");
        five(2, "dissatisfied", "somewhat dissatisfied", "disagree", "somewhat disagree", "poor", "unlikely",
                "somewhat unlikely", "bad");
        five(3, "neither satisfied nor dissatisfied", "neither agree nor disagree", "neither likely nor unlikely",
                "neutral", "fair", "average", "ok", "okay");
        five(4, "satisfied", "somewhat satisfied", "agree", "somewhat agree", "good", "likely", "somewhat likely");
        five(5, "very satisfied", "extremely satisfied", "strongly agree", "very good", "excellent", "very likely",
                "extremely likely");
        seven(1, "extremely dissatisfied", "very dissatisfied", "strongly disagree");
        seven(2, "moderately dissatisfied", "dissatisfied", "disagree");
        seven(3, "slightly dissatisfied", "somewhat dissatisfied", "somewhat disagree");
        seven(4, "neither satisfied nor dissatisfied", "neither agree nor disagree", "neutral");
        seven(5, "slightly satisfied", "somewhat satisfied", "somewhat agree");
        seven(6, "moderately satisfied", "satisfied", "agree");
        seven(7, "extremely satisfied", "very satisfied", "strongly agree");
    }

    private ChoiceText() {
    }

    private static void five(int value, String... texts) {
        for (String text : texts) {
            FIVE_POINT.put(text, value);
        }
    }

    private static void seven(int value, String... texts) {
        for (String text : texts) {
            SEVEN_POINT.put(text, value);
        }
    }

    /** The scale point a choice text stands for on {@code scale}, or -1 when it is not a known choice. */
    public static int value(String text, RatingScale scale) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        int labelled = labelledNumber(key);
        if (labelled >= 0) {
            return labelled;
        }
        Integer value = switch (scale) {
            case ONE_TO_FIVE -> FIVE_POINT.get(key);
            case ONE_TO_SEVEN -> SEVEN_POINT.get(key);
            case ZERO_TO_TEN -> null;
        };
        return value == null ? -1 : value;
    }

    /** The smallest scale on which the text is a known choice, or null. */
    static RatingScale scaleOf(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        if (FIVE_POINT.containsKey(key)) {
            return RatingScale.ONE_TO_FIVE;
        }
        return SEVEN_POINT.containsKey(key) ? RatingScale.ONE_TO_SEVEN : null;
    }

    /** "10 - Extremely likely" → 10; anything else → -1. */
    static int labelledNumber(String key) {
        int dash = key.indexOf(" - ");
        if (dash <= 0 || dash > 2) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < dash; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
