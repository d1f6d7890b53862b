package org.journeystudio.survey;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides how many records at the top of a survey are headers, from the records themselves rather than from
 * one vendor's marker column. The first record is always a header. A record below it is one too when it is:
 * <ul>
 *   <li>a Qualtrics descriptor row ({@code {"ImportId":"QID3_1"}} or the older {@code {'ImportId': 'QID3_1'}});</li>
 *   <li>a SurveyMonkey answer-option row (a {@code Response} or {@code Open-Ended Response} cell);</li>
 *   <li>a LimeSurvey code row ({@code id}, {@code submitdate}, ...) or Typeform's real header under its group
 *       titles ({@code Submit Date (UTC)});</li>
 *   <li>or, failing those, names rather than answers: it holds no number or date where the rows below hold
 *       numbers and dates, and it names things, either with two or more different texts where the rows below
 *       hold numbers, or by filling the gaps that a question spanning several columns leaves to its right in the
 *       row above.</li>
 * </ul>
 * The first record that is none of these is the first answer.
 */
final class HeaderDetection {
    /** More header rows than this are not an export layout but a report. */
    static final int MAX_HEADER_ROWS = 4;
    private static final Pattern IMPORT_ID = Pattern.compile("^\\{\\s*[\"']ImportId[\"']\\s*:.*");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)%?$");
    private static final Pattern DATE = Pattern.compile("^\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}([ T].*)?$");
    private static final Pattern TIME = Pattern.compile("^\\d{1,2}:\\d{2}(:\\d{2})?.*$");
    private static final Set<String> OPTION_ROW_CELLS = Set.of("response", "open-ended response");

    private HeaderDetection() {
    }

    /** How many of {@code records} (the first non-blank records of a file) are header rows; at least 1. */
    static int headerRows(List<List<String>> records) {
        for (int i = 1; i < Math.min(records.size(), MAX_HEADER_ROWS); i++) {
            if (records.get(i).stream().anyMatch(HeaderDetection::isImportId)) {
                return i + 1; // Qualtrics: the descriptor row is the last header row
            }
        }
        int rows = 1;
        while (rows < Math.min(records.size(), MAX_HEADER_ROWS) && isHeader(records, rows)) {
            rows++;
        }
        return rows;
    }

    static boolean isImportId(String cell) {
        return IMPORT_ID.matcher(cell.trim()).matches();
    }

    /** The question id inside a Qualtrics descriptor cell ({@code QID3_1}), or null. */
    static String importId(String cell) {
        String text = cell.trim();
        if (!IMPORT_ID.matcher(text).matches()) {
            return null;
        }
        int colon = text.indexOf(':');
        int start = colon + 1;
        while (start < text.length() && " \"'".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        int end = start;
        while (end < text.length() && ",}\"'".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end > start ? text.substring(start, end).trim() : null;
    }

    /** True for a SurveyMonkey answer-option cell that stands for "the answer itself". */
    static boolean isSingleAnswerCell(String cell) {
        return OPTION_ROW_CELLS.contains(cell.trim().toLowerCase(Locale.ROOT));
    }

    /** A number, a date or a time: an answer, never a column name. */
    static boolean isValue(String cell) {
        String text = cell.trim();
        return NUMBER.matcher(text).matches() || DATE.matcher(text).matches() || TIME.matcher(text).matches();
    }

    private static boolean isHeader(List<List<String>> records, int index) {
        List<String> row = records.get(index);
        if (row.stream().anyMatch(HeaderDetection::isSingleAnswerCell) || SurveyLayout.marksHeader(row)) {
            return true;
        }
        List<List<String>> below = records.subList(index + 1, records.size());
        if (below.isEmpty()) {
            return false; // nothing to compare with: a lone second row is an answer
        }
        Set<String> namesOverValues = new HashSet<>();
        boolean fillsGap = false;
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c).trim();
            if (cell.isEmpty()) {
                continue;
            }
            boolean valueColumn = isValueColumn(below, c);
            if (isValue(cell)) {
                if (valueColumn) {
                    return false; // a number or a date where answers are numbers and dates: an answer row
                }
                continue;
            }
            if (recursBelow(below, c, cell)) {
                continue; // "N/A", "Business": an answer that other rows give too
            }
            if (valueColumn) {
                namesOverValues.add(cell.toLowerCase(Locale.ROOT));
            }
            fillsGap |= fillsSpanGap(records.get(index - 1), c);
        }
        // One text over numbers may be a lone "N/A" (the same text in several columns too); two names are a header.
        return fillsGap || namesOverValues.size() >= 2;
    }

    /** True when most non-empty cells of column {@code c} in {@code rows} are numbers, dates or times. */
    private static boolean isValueColumn(List<List<String>> rows, int c) {
        int values = 0;
        int texts = 0;
        for (List<String> row : rows) {
            String cell = c < row.size() ? row.get(c).trim() : "";
            if (cell.isEmpty()) {
                continue;
            }
            if (isValue(cell)) {
                values++;
            } else {
                texts++;
            }
        }
        return values > texts;
    }

    private static boolean recursBelow(List<List<String>> rows, int c, String cell) {
        Set<String> seen = new HashSet<>();
        for (List<String> row : rows) {
            if (c < row.size()) {
                seen.add(row.get(c).trim().toLowerCase(Locale.ROOT));
            }
        }
        return seen.contains(cell.toLowerCase(Locale.ROOT));
    }

    /** True when the row above is empty at {@code c} but has a question somewhere to its left. */
    private static boolean fillsSpanGap(List<String> above, int c) {
        if (c >= above.size() || !above.get(c).isBlank()) {
            return false;
        }
        for (int left = c - 1; left >= 0; left--) {
            if (!above.get(left).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
