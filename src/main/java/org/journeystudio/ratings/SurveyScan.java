package org.journeystudio.ratings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.ImportCancelledException;
import org.journeystudio.survey.BadRow;
import org.journeystudio.survey.SegmentLabels;
import org.journeystudio.survey.SurveyReader;
import org.journeystudio.survey.SurveyRow;

/**
 * The wizard's look through the whole file before anything is stored: the spellings of every kept segment
 * column (so variants can be shown and merged) and the records that cannot be read, with line and reason.
 *
 * @param labels      per kept segment column, its spellings
 * @param badRows     the first bad rows
 * @param badRowCount how many rows are bad in all
 * @param rowsRead    answer records read
 */
public record SurveyScan(List<SegmentLabels> labels, List<BadRow> badRows, long badRowCount, long rowsRead) {
    static final int BAD_ROWS_KEPT = 1000;

    /** Reads the file once with the plan's columns (label names are not used yet). */
    public static SurveyScan of(SurveyImportPlan plan, BooleanSupplier cancelled) {
        // Raw spellings are counted first and normalised once each at the end: a column has few spellings and
        // a file may have a million rows.
        List<Map<String, long[]>> spellings = new ArrayList<>();
        plan.segments().forEach(s -> spellings.add(new LinkedHashMap<>()));
        List<BadRow> bad = new ArrayList<>();
        long badCount = 0;
        long rows = 0;
        int[] values = new int[plan.ratings().size()];
        try (SurveyReader.SurveyRows records = SurveyReader.open(plan.format())) {
            while (records.hasNext()) {
                SurveyRow row = records.next();
                if (++rows % 4096 == 0 && cancelled.getAsBoolean()) {
                    throw new ImportCancelledException();
                }
                String problem = SurveyResponseSource.problem(plan, row, values);
                if (problem != null) {
                    if (++badCount <= BAD_ROWS_KEPT) {
                        bad.add(new BadRow(row.line(), problem));
                    }
                    continue;
                }
                for (int s = 0; s < spellings.size(); s++) {
                    spellings.get(s).computeIfAbsent(row.values().get(plan.segments().get(s).index()),
                            k -> new long[1])[0]++;
                }
            }
        }
        List<SegmentLabels> labels = new ArrayList<>();
        for (Map<String, long[]> column : spellings) {
            SegmentLabels normalised = new SegmentLabels();
            column.forEach((raw, count) -> normalised.count(raw, count[0]));
            labels.add(normalised);
        }
        return new SurveyScan(labels, bad, badCount, rows);
    }

    /** The heading over the unreadable rows: how many of how many, or that every row can be read. */
    public String badRowsTitle() {
        if (badRowCount == 0 && rowsRead == 1) {
            return Messages.text("survey.everyRowReadOne"); // "# rows" cannot stand in a choice format
        }
        return badRowCount == 0 ? Messages.text("survey.everyRowRead", rowsRead)
                : Messages.text("survey.badRowsTitle", badRowCount, rowsRead);
    }

    /** "line 5: reason" per unreadable row kept, and how many more there are when not all were kept. */
    public List<String> badRowLines() {
        List<String> lines = new ArrayList<>();
        badRows.forEach(row -> lines.add(Messages.text("survey.badRowLine", row.line(), row.reason())));
        if (badRowCount > badRows.size()) {
            lines.add(Messages.text("survey.moreBadRows", badRowCount - badRows.size()));
        }
        return lines;
    }
}
