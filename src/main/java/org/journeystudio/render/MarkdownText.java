package org.journeystudio.render;

/**
 * Text made safe for Markdown (CommonMark / GitHub): a map's words never turn into markup, links, HTML or, in a
 * table, into extra cells or rows.
 */
final class MarkdownText {
    /** Characters that start markup anywhere in a line; a backslash makes each one literal. */
    private static final String SPECIAL = "\\`*_[]<>|#~!";

    private MarkdownText() {
    }

    /** Text on one line: line breaks become spaces, markup characters are escaped. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        String line = text.strip().replaceAll("\\s*\\R\\s*", " ");
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Text in a table cell: escaped as {@link #inline}, but its line breaks kept as {@code <br>}. */
    static String cell(String text) {
        String[] lines = text.strip().split("\\R");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (!line.isBlank()) {
                out.append(out.isEmpty() ? "" : "<br>").append(inline(line));
            }
        }
        return out.toString();
    }

    /** A relative link target: path segments kept, spaces and brackets percent-encoded. */
    static String link(String path) {
        StringBuilder out = new StringBuilder();
        for (char c : path.toCharArray()) {
            switch (c) {
                case ' ' -> out.append("%20");
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
