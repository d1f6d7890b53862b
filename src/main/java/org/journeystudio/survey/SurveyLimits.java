package org.journeystudio.survey;

import java.nio.file.Path;
import org.journeystudio.i18n.Messages;
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
        return new SurveyException(Messages.text("imports.tooManyColumns", file, line, columns, MAX_COLUMNS));
    }

    static SurveyException recordTooLong(Path file, long line) {
        return new SurveyException(Messages.text("imports.rowTooLong", file, line, bytes(MAX_RECORD_LENGTH)));
    }

    static SurveyException tooManyLabels(Path file, String column) {
        return new SurveyException(Messages.text("imports.tooManyLabels", file, column, MAX_SEGMENT_LABELS));
    }

    static SurveyException tooManyCells(Path file, int touchpoints, long groups) {
        return new SurveyException(Messages.text("imports.tooManyCells", file, MAX_HEATMAP_CELLS, touchpoints, groups));
    }

    /** Throws when {@code groups} segment groups of {@code touchpoints} cells each exceed the heatmap limit. */
    static void checkCells(Path file, int touchpoints, long groups) {
        if (groups * Math.max(touchpoints, 1) > MAX_HEATMAP_CELLS) {
            throw tooManyCells(file, touchpoints, groups);
        }
    }

    static SurveyException xlsxPartTooBig(Path file, String part, long bytes) {
        return new SurveyException(Messages.text("imports.partTooBig", file, part, bytes(bytes),
                bytes(MAX_XLSX_PART_BYTES)));
    }

    static SurveyException xlsxBomb(Path file, String part, long bytes, long zipped) {
        return new SurveyException(Messages.text("imports.zipBomb", file, part, bytes(zipped), bytes(bytes),
                MAX_XLSX_COMPRESSION_RATIO));
    }

    static SurveyException xlsxTextTooLong(Path file, String part) {
        return new SurveyException(Messages.text("imports.textTooLong", file, part, bytes(MAX_XML_TEXT_BYTES)));
    }

    static SurveyException tooManySharedStrings(Path file, String part) {
        return new SurveyException(Messages.text("imports.tooManyTexts", file, part, MAX_SHARED_STRINGS,
                bytes(MAX_SHARED_TEXT_CHARS)));
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

    /** "8 MB", "2 GB", "2,5 GB": sizes in messages, written as every other limit's, with the language's decimal mark. */
    static String bytes(long n) {
        return Limits.bytesShown(n);
    }
}
