package org.journeystudio.layout;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping by character count, the estimate the layout sizes its notes and labels with. */
public final class TextWrap {
    private TextWrap() {
    }

    /**
     * Splits {@code text} into lines of at most {@code maxChars} characters, breaking between words where
     * it can and inside a word only when the word alone is too long. Blank text gives no lines.
     */
    public static List<String> lines(String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("A line must hold at least one character, not " + maxChars);
        }
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : text.strip().split("\\R")) {
            wrapParagraph(paragraph.strip(), maxChars, lines);
        }
        return lines;
    }

    /** The text on one line, cut with an ellipsis when it is longer than {@code maxChars}. */
    public static String truncate(String text, int maxChars) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= maxChars) {
            return clean;
        }
        return maxChars <= 1 ? "…" : clean.substring(0, maxChars - 1).stripTrailing() + "…";
    }

    private static void wrapParagraph(String paragraph, int maxChars, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            while (word.length() > maxChars) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, maxChars));
                word = word.substring(maxChars);
            }
            if (word.isEmpty()) {
                continue;
            }
            if (line.isEmpty()) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= maxChars) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
    }
}
