package org.journeystudio.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.journeystudio.style.SegmentPalette;

/** Normalisation shared by the model's records: nulls become empty text, ids and colours are checked. */
final class Checks {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern ICON = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)+");
    private static final Pattern PHOTO = Pattern.compile("data:image/(png|jpeg);base64,[A-Za-z0-9+/=]+");
    static final String DEFAULT_COLOR = SegmentPalette.DEFAULT.hex();

    private Checks() {
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String id(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + what + " needs an id");
        }
        return value.strip();
    }

    /** Ids in their first order, each once, blanks dropped: a list of links to other elements. */
    static java.util.List<String> distinctIds(java.util.List<String> ids) {
        return ids == null ? java.util.List.of() : ids.stream().filter(id -> id != null && !id.isBlank())
                .map(String::strip).distinct().toList();
    }

    static String color(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_COLOR;
        }
        if (!COLOR.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException("Colour must look like #1f77b4, not '" + value + "'");
        }
        return value.strip().toLowerCase();
    }

    static String limited(String value, int max, String what) {
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " may have at most " + max + " characters, not "
                    + value.length() + ": '" + value.substring(0, 40) + "…'");
        }
        return value;
    }

    /** A share of customers in percent: null (unknown) or 0 to 100. */
    static Double share(Double value) {
        if (value == null) {
            return null;
        }
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException("A segment's share of customers must be between 0 and 100 %, not "
                    + value);
        }
        return value;
    }

    static String iconName(String value) {
        String icon = optional(value);
        if (icon != null && !ICON.matcher(icon).matches()) {
            throw new IllegalArgumentException("An icon is named like 'fth-user', not '" + value + "'");
        }
        return icon;
    }

    static String photo(String value, int max) {
        String photo = optional(value);
        if (photo == null) {
            return null;
        }
        if (photo.length() > max) {
            throw new IllegalArgumentException("A persona's photo may take at most " + max
                    + " characters as a data URI, not " + photo.length() + ": scale it down first");
        }
        if (!PHOTO.matcher(photo).matches()) {
            throw new IllegalArgumentException("A persona's photo must be a data:image/png;base64,… or "
                    + "data:image/jpeg;base64,… URI, not '" + photo.substring(0, Math.min(40, photo.length())) + "…'");
        }
        return photo;
    }

    /** A list of short texts: blank ones dropped, each and their number limited. */
    static List<String> items(List<String> values, int maxItems, int maxLength, String what) {
        if (values == null) {
            return List.of();
        }
        List<String> kept = values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (kept.size() > maxItems) {
            throw new IllegalArgumentException("A persona may list at most " + maxItems + " of each kind, not "
                    + kept.size() + " " + what + "s");
        }
        kept.forEach(s -> limited(s, maxLength, "A " + what));
        return kept;
    }
}
