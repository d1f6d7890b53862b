package org.journeystudio.i18n;

/**
 * Turns an English message pattern into pseudo-language: letters accented, about 40 % longer, in brackets, so a
 * label cut off or overlapping shows on screen before a real translation runs into it. Placeholders
 * ({@code {0}}, {@code {0,number,#}}), quoted parts and mnemonic underscores are kept as they are.
 */
final class PseudoText {
    private static final String PLAIN = "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ";
    private static final String ACCENTED = "åƀçðéĝĥîķļñöŕšţûýžÅƁÇÐÉĜĤÎĶĻÑÖŔŠŢÛÝŽ";

    private PseudoText() {
    }

    static String of(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() * 2).append('[');
        int depth = 0;
        boolean quoted = false;
        int letters = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'' && depth == 0) {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
            } else if (!quoted && c == '}') {
                depth--;
            }
            int plain = PLAIN.indexOf(c);
            if (depth == 0 && !quoted && plain >= 0) {
                out.append(ACCENTED.charAt(plain));
            } else {
                out.append(c);
            }
            if (depth == 0 && Character.isLetter(c)) {
                letters++;
            }
        }
        for (int extra = (int) Math.ceil(letters * 0.4); extra > 0; extra--) {
            out.append(extra % 3 == 0 ? '·' : 'ẋ');
        }
        return out.append(']').toString();
    }
}
