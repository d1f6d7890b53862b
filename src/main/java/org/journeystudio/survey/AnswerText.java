package org.journeystudio.survey;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How answer texts are compared: case, spaces, punctuation and typographic variants do not matter, so
 * "Neither agree or disagree ", "neither agree nor disagree" and "Don’t know" / "Don't know" each meet.
 */
public final class AnswerText {
    private AnswerText() {
    }

    /** The comparison key of an answer: lower case, letters and digits only, single spaces. */
    public static String key(String answer) {
        // Plain ASCII needs no normalising: skipping it spares loading the Unicode tables on every run.
        String text = (isAscii(answer) ? answer : Normalizer.normalize(answer, Normalizer.Form.NFKC))
                .toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '’' || c == '‘' || c == 'ʼ') {
                continue; // "don't" and "dont" are one word
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                key.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        String result = key.toString();
        // "Neither agree or disagree" is a common misspelling of the neutral point.
        if (result.startsWith("neither ") && result.contains(" or ")) {
            result = result.replace(" or ", " nor ");
        }
        return result;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** An answer as shown once: trimmed, inner runs of spaces and line breaks made one space. */
    public static String display(String answer) {
        return answer.strip().replaceAll("\\s+", " ");
    }
}
