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
            int whole = wholeNumber(trimmed);
            if (whole != NOT_WHOLE) {
                return new LabelledNumber(whole, "");
            }
            if (isPlain(trimmed)) {
                return new LabelledNumber(number(trimmed), "");
            }
            if (!hasLetter(trimmed)) {
                return null; // a date, a time, a phone number: no label, so no regular expression needed
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

    private static final int NOT_WHOLE = Integer.MIN_VALUE;

    /** {@code [+-]digits} (up to 9 digits) as an int, or {@link #NOT_WHOLE}: the answer read most often. */
    private static int wholeNumber(String text) {
        int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        if (i == text.length() || text.length() - i > 9) {
            return NOT_WHOLE;
        }
        int value = 0;
        for (int k = i; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return NOT_WHOLE;
            }
            value = value * 10 + (c - '0');
        }
        return text.charAt(0) == '-' ? -value : value;
    }

    /** {@code [+-]digits[(.|,)digits]}, checked by hand: most answers are plain numbers, read on every run. */
    private static boolean isPlain(String text) {
        int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 9) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (text.charAt(i) != '.' && text.charAt(i) != ',') {
            return false;
        }
        int decimals = 0;
        for (i++; i < text.length(); i++, decimals++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return decimals >= 1 && decimals <= 12;
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
