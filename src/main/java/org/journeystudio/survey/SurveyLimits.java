package org.journeystudio.survey;

import java.nio.file.Path;
import org.journeystudio.model.Limits;

/**
 * The checks of the most a survey file (CSV or .xlsx) may hold, made before the work it would cost is done, and the
 * one-line messages that say what was found, the limit and what to do. The figures and their reasons are
 * {@link Limits}' (documented in {@code docs/limits.md}); the short names here read well in the readers.
 */
public final class SurveyLimits {
    public static final int MAX_COLUMNS = Limits.SURVEY_COLUMNS;
    public static final int MAX_SHEET_ROWS = Limits.XLSX_ROWS;
    public static final int MAX_RECORD_LENGTH = Limits.SURVEY_RECORD_LENGTH;
    public static final int MAX_SEGMENT_LABELS = Limits.SEGMENT_LABELS;
    public static final int MAX_HEATMAP_CELLS = Limits.HEATMAP_CELLS;
    public static final long MAX_XLSX_PART_BYTES = Limits.XLSX_PART_BYTES;
    public static final int MAX_XLSX_COMPRESSION_RATIO = Limits.XLSX_COMPRESSION_RATIO;
    /** Parts under this unzipped size are not judged by their ratio: a tiny part of spaces may compress well. */
    static final long RATIO_CHECKED_FROM_BYTES = 1 << 20;
    public static final int MAX_SHARED_STRINGS = Limits.XLSX_SHARED_STRINGS;
    public static final long MAX_SHARED_TEXT_CHARS = Limits.XLSX_SHARED_TEXT_CHARS;
    public static final int MAX_XML_TEXT_BYTES = Limits.XLSX_TEXT_BYTES;

    private SurveyLimits() {
    }

    static SurveyException tooManyColumns(Path file, long line, long columns) {
        return new SurveyException(file + ":" + line + ": " + count(columns) + " columns; the studio reads up to "
                + count(MAX_COLUMNS) + "; remove the columns you do not need or check the delimiter");
    }

    static SurveyException recordTooLong(Path file, long line) {
        return new SurveyException(file + ":" + line + ": a row longer than " + bytes(MAX_RECORD_LENGTH)
                + "; the studio reads rows up to " + bytes(MAX_RECORD_LENGTH)
                + "; check for a quote that is never closed or missing line ends, or remove long text columns");
    }

    static SurveyException tooManyLabels(Path file, String column) {
        return new SurveyException(file + ": segment column '" + column + "' holds more than "
                + count(MAX_SEGMENT_LABELS) + " different answers; the studio groups up to "
                + count(MAX_SEGMENT_LABELS) + "; choose a column of categories, not free text or respondent ids");
    }

    static SurveyException tooManyCells(Path file, int touchpoints, long groups) {
        return new SurveyException(file + ": the heatmap would have more than " + count(MAX_HEATMAP_CELLS)
                + " cells (" + count(touchpoints) + " touchpoints × " + count(groups) + " segments); the studio draws up to "
                + count(MAX_HEATMAP_CELLS) + "; choose fewer rating columns or a segment column with fewer answers");
    }

    /** Throws when {@code groups} segment groups of {@code touchpoints} cells each exceed the heatmap limit. */
    static void checkCells(Path file, int touchpoints, long groups) {
        if (groups * Math.max(touchpoints, 1) > MAX_HEATMAP_CELLS) {
            throw tooManyCells(file, touchpoints, groups);
        }
    }

    static SurveyException xlsxPartTooBig(Path file, String part, long bytes) {
        return new SurveyException(file + ": " + part + " holds more than " + bytes(bytes) + " once unzipped; the studio "
                + "reads parts up to " + bytes(MAX_XLSX_PART_BYTES) + "; save the sheet as CSV or split it");
    }

    static SurveyException xlsxBomb(Path file, String part, long bytes, long zipped) {
        return new SurveyException(file + ": " + part + " unzips from " + bytes(zipped) + " to more than " + bytes(bytes)
                + " (over " + count(MAX_XLSX_COMPRESSION_RATIO) + " times; a spreadsheet compresses about 10 times)"
                + "; the studio refuses it as a zip bomb; save the sheet again from the spreadsheet program or as CSV");
    }

    static SurveyException xlsxTextTooLong(Path file, String part) {
        return new SurveyException(file + ": " + part + " holds a text (a cell) longer than "
                + bytes(MAX_XML_TEXT_BYTES) + "; the studio reads texts up to " + bytes(MAX_XML_TEXT_BYTES)
                + "; shorten or remove that cell, or save the sheet as CSV");
    }

    static SurveyException tooManySharedStrings(Path file, String part) {
        return new SurveyException(file + ": " + part + " holds more than " + count(MAX_SHARED_STRINGS) + " texts or "
                + bytes(MAX_SHARED_TEXT_CHARS) + " of text; the studio reads up to that; save the sheet as CSV or split it");
    }

    /** Throws when a tally's segment columns or groups exceed the limits the readers check as they go. */
    static void checkGroups(TallyPlan plan, SurveyTally tally) {
        for (int k = 0; k < plan.segmentColumns().size(); k++) {
            int column = k;
            long labels = tally.groups().keySet().stream().map(spellings -> spellings.get(column)).distinct().count();
            if (labels > MAX_SEGMENT_LABELS) {
                throw tooManyLabels(plan.format().source(), plan.segmentColumns().get(k).name());
            }
        }
        checkCells(plan.format().source(), tally.touchpoints(), tally.groups().size());
    }

    /** "1,000,000": counts in messages are read by people. */
    static String count(long n) {
        return Limits.number(n);
    }

    /** "8 MB", "2 GB": sizes in messages, written as every other limit's. */
    static String bytes(long n) {
        return Limits.bytes(n);
    }
}
