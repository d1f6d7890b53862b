package org.journeystudio.store.json;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How enum values are spelled in a {@code .journey.json} file: lower-case words joined by hyphens
 * ({@code MOBILE_APP} becomes {@code "mobile-app"}), so the file reads like prose and survives enum renames
 * only by a deliberate format change.
 */
final class FormatWords {
    private FormatWords() {
    }

    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
        for (E value : type.getEnumConstants()) {
            if (word(value).equals(word)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The allowed words, for messages such as "use one of: web, mobile-app, …". */
    static <E extends Enum<E>> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(FormatWords::word).toList();
    }
}
