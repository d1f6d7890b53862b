package org.journeystudio.render.deck;

/** Text cut to what a slide's box holds: the whole text stays in the map and, for descriptions, in the notes. */
final class Text {
    private Text() {
    }

    /** {@code text} on one line, at most {@code max} characters, ending in an ellipsis when cut. */
    static String clip(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= max) {
            return line;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut).stripTrailing() + "…";
    }

    /** The text, or what an empty one stands for. */
    static String or(String text, String fallback) {
        return text.isBlank() ? fallback : text;
    }
}
