package org.journeystudio.ratings;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.journeystudio.model.Touchpoint;

/**
 * Matches a rating column to the touchpoint it most likely rates: a title spelled the same but for case, spaces and
 * punctuation ("Check-in" and "checkin") matches outright; otherwise by the overlap of their normalised words
 * (Dice coefficient over lower-case word sets, small filler words left out): "Rate the check-in" meets
 * "Check-in at the desk". Below {@link #THRESHOLD} a column gets no match and becomes a new touchpoint.
 */
public final class TouchpointMatcher {
    /** The least similarity that counts as a match. */
    public static final double THRESHOLD = 0.5;
    private static final Set<String> FILLER = Set.of("the", "a", "an", "of", "to", "at", "in", "on", "for", "and",
            "your", "our", "with", "how", "was", "rate", "rating", "satisfied", "satisfaction", "please", "step");

    private TouchpointMatcher() {
    }

    /** The touchpoint whose title is most similar to {@code columnName}, if any reaches the threshold. */
    public static Optional<Touchpoint> match(String columnName, List<Touchpoint> touchpoints) {
        Touchpoint best = null;
        double bestScore = THRESHOLD - 1e-9;
        for (Touchpoint touchpoint : touchpoints) {
            double score = similarity(columnName, touchpoint.title());
            if (score > bestScore) {
                best = touchpoint;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Dice coefficient of the two names' word sets, 0 (nothing shared) to 1 (the same words). */
    public static double similarity(String a, String b) {
        if (!compact(a).isEmpty() && compact(a).equals(compact(b))) {
            return 1;
        }
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return 2.0 * shared.size() / (left.size() + right.size());
    }

    /** The text in lower case with everything but letters and digits left out: "Check-in " → "checkin". */
    static String compact(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                words.add(word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
            }
        }
        return words;
    }
}
