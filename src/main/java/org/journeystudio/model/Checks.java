package org.journeystudio.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.journeystudio.i18n.Messages;
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

    /** {@code what} names the element in the key {@code model.needsId.<what>}: "A touchpoint needs an id". */
    static String id(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(Messages.text("model.needsId." + what));
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
            throw new IllegalArgumentException(Messages.text("model.badColour", value));
        }
        return value.strip().toLowerCase();
    }

    /** {@code what} names the text in the key {@code model.tooLong.<what>}: "A persona's name may have …". */
    static String limited(String value, int max, String what) {
        if (value.length() > max) {
            throw new IllegalArgumentException(Messages.text("model.tooLong." + what, max, value.length(),
                    value.substring(0, 40)));
        }
        return value;
    }

    /** A share of customers in percent: null (unknown) or 0 to 100. */
    static Double share(Double value) {
        if (value == null) {
            return null;
        }
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(Messages.text("model.shareOutOfRange", value));
        }
        return value;
    }

    static String iconName(String value) {
        String icon = optional(value);
        if (icon != null && !ICON.matcher(icon).matches()) {
            throw new IllegalArgumentException(Messages.text("model.badIcon", value));
        }
        return icon;
    }

    static String photo(String value, int max) {
        String photo = optional(value);
        if (photo == null) {
            return null;
        }
        if (photo.length() > max) {
            throw new IllegalArgumentException(Messages.text("model.photoTooLarge", max, photo.length()));
        }
        if (!PHOTO.matcher(photo).matches()) {
            throw new IllegalArgumentException(Messages.text("model.badPhoto",
                    photo.substring(0, Math.min(40, photo.length()))));
        }
        return photo;
    }

    /** A list of short texts: blank ones dropped, each and their number limited; {@code what} as in the keys. */
    static List<String> items(List<String> values, int maxItems, int maxLength, String what) {
        if (values == null) {
            return List.of();
        }
        List<String> kept = values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (kept.size() > maxItems) {
            throw new IllegalArgumentException(Messages.text("model.tooManyItems." + what, maxItems, kept.size()));
        }
        kept.forEach(s -> limited(s, maxLength, what));
        return kept;
    }
}
