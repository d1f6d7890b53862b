package org.journeystudio.store.mermaid;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Escaping of text in a Mermaid journey. Mermaid replaces every {@code #name;} or {@code #123;} with an entity
 * before its lexer runs ({@code encodeEntities}) and turns it back into {@code &name;} / {@code &#123;} in the SVG,
 * so an entity code both passes the grammar and renders as its character. Every {@code #} written is an escape,
 * which makes reading back exact: {@code #35;} is a literal {@code #}. A line break is {@code <br>}, which Mermaid
 * draws as one (in the accessible texts, {@code #10;}).
 */
final class MermaidText {
    /** The characters a statement's grammar forbids in its text: title and accessible texts, section, task, actor. */
    enum Kind {
        TITLE(""), SECTION(":"), TASK(":"), ACTOR(":,"), ACCESSIBLE("");

        private final String forbidden;

        Kind(String forbidden) {
            this.forbidden = forbidden;
        }
    }

    private static final Pattern ENTITY_AFTER_AMPERSAND = Pattern.compile("#?\\w+;.*", Pattern.DOTALL);
    /** Words the lexer takes as keywords at the start of a line, whatever follows them in a task's name. */
    private static final java.util.List<String> KEYWORDS = java.util.List.of("journey", "title", "section",
            "acctitle", "accdescr");
    private static final Map<String, String> NAMED = Map.of("quot", "\"", "amp", "&", "lt", "<", "gt", ">",
            "apos", "'", "nbsp", "\u00a0", "num", "#", "semi", ";", "colon", ":", "comma", ",");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private MermaidText() {
    }

    /** {@code text} as it may stand in a statement of this kind; empty text becomes a space, which renders blank. */
    static String escape(String text, Kind kind) {
        if (text.isEmpty()) {
            return "#32;";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int[] points = text.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int c = points[i];
            boolean last = i == points.length - 1;
            if (c == '\n' && kind != Kind.ACCESSIBLE && kind != Kind.ACTOR) {
                out.append("<br>");
            } else if (needsEntity(c, kind) || (c == '%' && !last && points[i + 1] == '%')
                    || (c == '&' && ENTITY_AFTER_AMPERSAND.matcher(text.substring(text.offsetByCodePoints(0, i) + 1))
                    .matches())) {
                out.append('#').append(c).append(';');
            } else {
                out.appendCodePoint(c);
            }
        }
        if (kind == Kind.TASK && startsWithKeyword(out)) {
            int first = out.codePointAt(0);
            out.replace(0, Character.charCount(first), "#" + first + ";");
        }
        return out.toString();
    }

    private static boolean needsEntity(int c, Kind kind) {
        return c == '#' || c == ';' || c == '<' || kind.forbidden.indexOf(c) >= 0
                // Mermaid's own placeholders for entities: a literal one would turn into "&" or ";" in the SVG.
                || c == '\ufb02' || c == '\u00b6'
                || Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static boolean startsWithKeyword(CharSequence text) {
        String start = text.subSequence(0, Math.min(text.length(), 8)).toString().toLowerCase(Locale.ROOT);
        return KEYWORDS.stream().anyMatch(start::startsWith);
    }

    /** The text a statement's raw text stands for: entity codes and {@code <br>} resolved, the ends stripped. */
    static String unescape(String raw) {
        String text = BREAK.matcher(raw).replaceAll("\n");
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = c == '#' ? entityEnd(text, i) : -1;
            String decoded = end < 0 ? null : decode(text.substring(i + 1, end));
            if (decoded == null) {
                out.append(c);
                i++;
            } else {
                out.append(decoded);
                i = end + 1;
            }
        }
        return out.toString().strip();
    }

    /** Where the {@code ;} of an entity code starting at {@code start} is, as Mermaid's {@code #\w+;} finds it. */
    static int entityEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i > start + 1 && i < text.length() && text.charAt(i) == ';' ? i : -1;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static String decode(String name) {
        if (name.chars().allMatch(Character::isDigit)) {
            try {
                int point = Integer.parseInt(name);
                return Character.isValidCodePoint(point) ? new String(Character.toChars(point)) : null;
            } catch (NumberFormatException tooLong) {
                return null;
            }
        }
        return NAMED.get(name.toLowerCase(Locale.ROOT));
    }
}
