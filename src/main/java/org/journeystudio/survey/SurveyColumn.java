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

    /** The grid row of {@code Question [Row]} or the part after Qualtrics' {@code " - "}, else the name itself. */
    static String shorten(String name) {
        String trimmed = name.trim();
        int open = trimmed.lastIndexOf('[');
        if (open > 0 && trimmed.endsWith("]")) {
            String row = trimmed.substring(open + 1, trimmed.length() - 1).trim();
            if (!row.isEmpty()) {
                return row;
            }
        }
        int dash = trimmed.lastIndexOf(" - ");
        if (dash > 0 && dash + 3 < trimmed.length()) {
            return trimmed.substring(dash + 3).trim();
        }
        return trimmed;
    }
}
