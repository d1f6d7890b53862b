package org.journeystudio.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Normalises the segment labels of one column: spellings that differ only in surrounding spaces, runs of
 * spaces or letter case are one segment ("Business", "business", "BUSINESS " → Business). The segment is
 * shown with its most frequent spelling (trimmed); ties go to the spelling seen first.
 */
public final class SegmentLabels {
    /** The label shown for answers whose segment field is empty. */
    public static final String BLANK = "(blank)";

    private final Map<String, Map<String, Long>> spellingsByKey = new LinkedHashMap<>();

    /** The key two spellings share when they are the same segment. */
    public static String key(String raw) {
        return raw.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Records that {@code raw} occurred {@code times} times; returns its key. */
    public String count(String raw, long times) {
        String key = key(raw);
        spellingsByKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(raw, times, Long::sum);
        return key;
    }

    /** The display label of the segment a key stands for. */
    public String display(String key) {
        if (key.isEmpty()) {
            return BLANK;
        }
        Map<String, Long> spellings = spellingsByKey.get(key);
        if (spellings == null) {
            throw new IllegalArgumentException("no segment label with key '" + key + "'");
        }
        // Count trimmed forms together: "Business" and "Business " are the same display spelling.
        Map<String, Long> trimmed = new LinkedHashMap<>();
        spellings.forEach((raw, n) -> trimmed.merge(raw.trim().replaceAll("\\s+", " "), n, Long::sum));
        String best = null;
        long bestCount = -1;
        for (Map.Entry<String, Long> e : trimmed.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** The keys seen, in the order first seen. */
    public List<String> keys() {
        return List.copyOf(spellingsByKey.keySet());
    }

    /** Every segment whose answers used more than one spelling, with each spelling and how often it occurred. */
    public List<LabelVariants> variants(String column) {
        List<LabelVariants> result = new ArrayList<>();
        spellingsByKey.forEach((key, spellings) -> {
            if (spellings.size() > 1) {
                result.add(new LabelVariants(column, display(key), spellings));
            }
        });
        result.sort(Comparator.comparing(LabelVariants::label, String.CASE_INSENSITIVE_ORDER));
        return result;
    }
}
