package org.journeystudio.model;

import java.util.regex.Pattern;

/** Normalisation shared by the model's records: nulls become empty text, ids and colours are checked. */
final class Checks {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    static final String DEFAULT_COLOR = "#4c78a8";

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

    static String color(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_COLOR;
        }
        if (!COLOR.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException("Colour must look like #1f77b4, not '" + value + "'");
        }
        return value.strip().toLowerCase();
    }
}
