package org.journeystudio.survey;

import org.journeystudio.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.journeystudio.model.BoundedFile;
import org.journeystudio.model.LimitExceededException;
import org.journeystudio.model.Limits;

/**
 * A small spreadsheet read whole (a touchpoint inventory, not a survey): CSV in any encoding and delimiter the
 * survey reader detects, or the first sheet of an {@code .xlsx}, as records with the line each starts on. Blank
 * rows are left out; the first record is the header row.
 */
public final class SheetRecords {
    private SheetRecords() {
    }

    /** Whether {@code file} is named like a spreadsheet this class reads (.csv, .tsv, .txt or .xlsx). */
    public static boolean isSpreadsheet(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
        return XlsxSurvey.isXlsx(file) || name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
    }

    /**
     * The file's non-blank records, at most {@code maxRows} after the header row.
     *
     * @throws SurveyException naming file:line when the file cannot be read, is over its limits or is empty
     */
    public static List<SurveyRow> read(Path given, int maxRows) {
        try {
            BoundedFile.requireReadable(given, Limits.TOUCHPOINT_SHEET);
        } catch (LimitExceededException e) {
            throw new SurveyException(given + ": " + e.problem(), e);
        } catch (IOException e) {
            throw SurveyReader.unreadable(given, e);
        }
        Path file = XlsxSurvey.isXlsx(given) ? XlsxSurvey.toCsv(given) : given;
        SurveyEncoding encoding = SurveyReader.detectEncoding(file);
        char delimiter = SurveyReader.detectDelimiter(file, encoding);
        List<SurveyRow> rows = new ArrayList<>();
        long lineAfterPrevious = 0;
        try (CSVParser parser = SurveyReader.parser(file, encoding, delimiter)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = lineAfterPrevious + 1;
                lineAfterPrevious = parser.getCurrentLineNumber();
                if (record.size() > SurveyLimits.MAX_COLUMNS) {
                    throw SurveyLimits.tooManyColumns(given, line, record.size());
                }
                if (SurveyReader.isBlank(record) || record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() > maxRows) {
                    throw new SurveyException(Messages.text("imports.tooManyRows", given, line, maxRows));
                }
                rows.add(new SurveyRow(line, record.toList()));
            }
        } catch (UncheckedIOException e) {
            throw SurveyReader.malformed(given, lineAfterPrevious + 1, e);
        } catch (IOException e) {
            throw SurveyReader.unreadable(given, e);
        }
        if (rows.isEmpty()) {
            throw new SurveyException(Messages.text("imports.emptyFile", given));
        }
        return rows;
    }
}
