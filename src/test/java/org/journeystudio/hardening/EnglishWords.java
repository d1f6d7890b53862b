package org.journeystudio.hardening;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The English words of a message that should be in another language, so a test can tell a text not yet in the
 * bundles. Quoted values (file names, a title, a column) and bracketed details (a parser's own description,
 * which stays in its library's English) are left out; what remains is the studio's sentence.
 */
final class EnglishWords {
    private static final Set<String> WORDS = Set.of("the", "is", "are", "was", "not", "must", "cannot", "could",
            "has", "have", "should", "expected", "missing", "invalid", "unknown", "too", "than", "this", "that",
            "which", "with", "without", "file", "line", "column", "only", "no", "be", "it", "its", "of", "an");

    private EnglishWords() {
    }

    /** The English words left in {@code message} once its quoted and bracketed parts are taken out. */
    static List<String> in(String message) {
        // The studio's sentence comes first; a long message goes on with what it quotes from the input.
        String sentence = message.length() > 400 ? message.substring(0, 400) : message;
        String before;
        do { // innermost brackets first: they nest
            before = sentence;
            sentence = sentence.replaceAll("\\([^()]*\\)|\\[[^\\[\\]]*]", " ");
        } while (!sentence.equals(before));
        sentence = sentence
                .replaceAll("\"[^\"]*\"|„[^“]*“|“[^”]*”|«[^»]*»|'[^']*'|‘[^’]*’", " ")
                .replaceAll("\\S+\\.(json|csv|xlsx|mmd|png|svg|pdf)\\S*", " ");
        return Arrays.stream(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(WORDS::contains).toList();
    }
}
