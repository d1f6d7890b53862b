package org.journeystudio.survey;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as a workbook stores it (ECMA-376 {@code ST_Xstring}): a character XML cannot hold, such as a carriage
 * return or another control character, is written {@code _xHHHH_} by Excel and POI, and an underscore that would
 * start such a code is itself written {@code _x005F_}. Reading turns the codes back into the characters.
 */
public final class XlsxText {
    private static final Pattern CODE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private XlsxText() {
    }

    public static String unescape(String stored) {
        if (stored.indexOf("_x") < 0) {
            return stored;
        }
        Matcher code = CODE.matcher(stored);
        StringBuilder text = new StringBuilder(stored.length());
        while (code.find()) {
            code.appendReplacement(text, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(code.group(1), 16))));
        }
        code.appendTail(text);
        return text.toString();
    }

    /** The other way, for characters XML 1.0 cannot hold; what {@link #unescape} reads back exactly. */
    public static String escape(String text) {
        StringBuilder stored = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean xmlCannot = c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF;
            boolean looksLikeCode = c == '_' && CODE.matcher(text).region(i, text.length()).lookingAt();
            if (xmlCannot || looksLikeCode || c == '\r') {
                stored.append(String.format("_x%04X_", (int) c));
            } else {
                stored.append(c);
            }
        }
        return stored.toString();
    }
}
