package org.journeystudio.survey;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.journeystudio.model.RatingScale;

/**
 * The answers that mean "not applicable" and are left out of every statistic. An empty answer always is; by
 * default so are {@code N/A} and {@code 0} on a 1–5 scale (where 0 is not a scale point). Codes are compared
 * trimmed and ignoring case; numeric codes also match by value ("0" matches "00").
 */
public final class NotApplicableCodes {
    private final Set<String> texts;
    private final Set<Integer> numbers;
    private final boolean zeroOnOneToFive;

    private NotApplicableCodes(Set<String> texts, boolean zeroOnOneToFive) {
        this.texts = texts;
        this.zeroOnOneToFive = zeroOnOneToFive;
        this.numbers = texts.stream().filter(NotApplicableCodes::isWholeNumber).map(Integer::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static NotApplicableCodes defaults() {
        return new NotApplicableCodes(Set.of("", "n/a"), true);
    }

    /** Codes given by the user as a comma-separated list ("N/A,99,-"); they replace the defaults. */
    public static NotApplicableCodes parse(String commaSeparated) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add("");
        Arrays.stream(commaSeparated.split(",")).map(c -> c.trim().toLowerCase(Locale.ROOT)).forEach(codes::add);
        return new NotApplicableCodes(Set.copyOf(codes), false);
    }

    /** True when the (untrimmed) answer text is a not-applicable code on this scale. */
    public boolean matches(String answer, RatingScale scale) {
        String key = answer.trim().toLowerCase(Locale.ROOT);
        if (texts.contains(key)) {
            return true;
        }
        return isWholeNumber(key) && key.length() < 10 && matchesNumber(Integer.parseInt(key), scale);
    }

    /** True when the whole number answer is a not-applicable code on this scale. */
    public boolean matchesNumber(int value, RatingScale scale) {
        return numbers.contains(value) || (zeroOnOneToFive && value == 0 && scale == RatingScale.ONE_TO_FIVE);
    }

    private static boolean isWholeNumber(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return false;
        }
        int start = text.charAt(0) == '-' && text.length() > 1 ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "not applicable: " + (texts.stream().map(t -> t.isEmpty() ? "(empty)" : t).sorted().toList())
                + (zeroOnOneToFive ? " and 0 on a 1-5 scale" : "");
    }
}
