package org.journeystudio.survey;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number written with its label, as exports write scale ends and coded answers: {@code 5 (Strongly Agree)},
 * {@code 1 - Very poor}, {@code 10 = Extremely likely}, {@code Strongly agree (5)}, {@code -99 - Don't know};
 * and plain numbers such as {@code 4}, {@code 68.0000000000} or {@code 4,5}.
 *
 * @param value the number
 * @param label the label written with it, or empty for a plain number
 */
public record LabelledNumber(double value, String label) {
    private static final String NUMBER = "([+-]?\\d{1,9}(?:[.,]\\d{1,12})?)";
    private static final Pattern PLAIN = Pattern.compile(NUMBER);
    private static final Pattern NUMBER_FIRST = Pattern.compile(NUMBER + "\\s*(?:[-–—=:.)]\\s*|\\(\\s*|\\s+)(.*?)\\)?");
    private static final Pattern LABEL_FIRST = Pattern.compile("(.*?\\S)\\s*[(\\[]\\s*" + NUMBER + "\\s*[)\\]]");

    /** The number in {@code trimmed}, or null when it holds no number in one of the forms above. */
    public static LabelledNumber parse(String trimmed) {
        if (trimmed.isEmpty()) {
            return null;
        }
        char first = trimmed.charAt(0);
        boolean startsWithNumber = (first >= '0' && first <= '9') || first == '-' || first == '+';
        if (startsWithNumber) {
            Matcher plain = PLAIN.matcher(trimmed);
            if (plain.matches()) {
                return new LabelledNumber(number(plain.group(1)), "");
            }
            Matcher labelled = NUMBER_FIRST.matcher(trimmed);
            if (labelled.matches() && hasLetter(labelled.group(2))) {
                return new LabelledNumber(number(labelled.group(1)), labelled.group(2).trim());
            }
            return null;
        }
        if (trimmed.charAt(trimmed.length() - 1) == ')' || trimmed.charAt(trimmed.length() - 1) == ']') {
            Matcher labelled = LABEL_FIRST.matcher(trimmed);
            if (labelled.matches() && hasLetter(labelled.group(1))) {
                return new LabelledNumber(number(labelled.group(2)), labelled.group(1).trim());
            }
        }
        return null;
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static boolean hasLetter(String text) {
        return text.chars().anyMatch(Character::isLetter);
    }

    public boolean isLabelled() {
        return !label.isEmpty();
    }
}
