package org.journeystudio.survey;

import java.util.List;
import java.util.Locale;

/**
 * One column of a survey export.
 *
 * @param index     position in each record, from 0
 * @param name      the full header as shown to people (question text, with the grid row in brackets)
 * @param shortName the grid row or sub-question alone ("Check-in" for {@code Rate each step [Check-in]})
 * @param aliases   other names the column answers to, such as Qualtrics field ids
 */
public record SurveyColumn(int index, String name, String shortName, List<String> aliases) {
    public SurveyColumn {
        aliases = List.copyOf(aliases);
    }

    /** True when {@code wanted} names this column: full name, short name or alias, ignoring case and spaces. */
    public boolean answersTo(String wanted) {
        String key = key(wanted);
        if (key.equals(key(name)) || key.equals(key(shortName))) {
            return true;
        }
        return aliases.stream().anyMatch(a -> key.equals(key(a)));
    }

    static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The grid row of {@code Question [Row]}, the part after Qualtrics' {@code "Question - Row"}, or the part
     * before Alchemer's {@code "Row:Question?"}; else the name itself.
     */
    static String shorten(String name) {
        String[] parts = gridParts(name.trim());
        return parts == null ? name.trim() : parts[1];
    }

    /** The question a grid column belongs to (its name without the row); the name itself for other columns. */
    static String question(String name) {
        String[] parts = gridParts(name.trim());
        return parts == null ? name.trim() : parts[0];
    }

    private static String[] gridParts(String name) {
        int open = name.lastIndexOf('[');
        if (open > 0 && name.endsWith("]")) {
            String row = name.substring(open + 1, name.length() - 1).trim();
            if (!row.isEmpty()) {
                return new String[] {name.substring(0, open).trim(), row};
            }
        }
        int dash = name.lastIndexOf(" - ");
        if (dash > 0 && dash + 3 < name.length()) {
            return new String[] {name.substring(0, dash).trim(), name.substring(dash + 3).trim()};
        }
        int colon = name.indexOf(':');
        if (colon > 0 && colon < name.length() - 1 && name.endsWith("?") && name.lastIndexOf('?', colon) < 0) {
            return new String[] {name.substring(colon + 1).trim(), name.substring(0, colon).trim()};
        }
        return null;
    }
}
