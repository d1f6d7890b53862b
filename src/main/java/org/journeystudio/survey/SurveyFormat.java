package org.journeystudio.survey;

import org.journeystudio.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the reader found out about a survey file before reading its answers: encoding, delimiter, export layout,
 * header rows and columns.
 *
 * @param file          the file read: the survey file, or the CSV made from a spreadsheet's first sheet
 * @param source        the file the user chose, named in every message (a spreadsheet's rows keep their numbers)
 * @param encoding      its encoding and byte-order mark
 * @param delimiter     comma, semicolon or tab
 * @param layout        the export layout recognised from the header rows
 * @param headerRows    how many records at the top of the file are headers, not answers (blank lines not counted)
 * @param columns       the columns, in record order
 * @param firstDataLine the physical line number (from 1) where the first answer record starts
 */
public record SurveyFormat(Path file, Path source, SurveyEncoding encoding, char delimiter, SurveyLayout layout, int headerRows,
                           List<SurveyColumn> columns, long firstDataLine) {
    public SurveyFormat {
        columns = List.copyOf(columns);
        if (headerRows < 1) {
            throw new IllegalArgumentException("a survey has at least one header row, not " + headerRows);
        }
    }

    /**
     * The column {@code wanted} names, or an error listing the columns there are. Any header row's text names its
     * column (a question code as well as the question); a full name wins over a grid row or alias shared with
     * other columns.
     */
    public SurveyColumn column(String wanted) {
        for (SurveyColumn column : columns) {
            if (column.name().trim().equalsIgnoreCase(wanted.trim())) {
                return column; // an exact full-name match wins over a short name shared by two grid rows
            }
        }
        List<SurveyColumn> matches = columns.stream().filter(c -> c.answersTo(wanted)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new SurveyException(Messages.text("imports.noColumn", file, wanted,
                    columns.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "))));
        }
        throw new SurveyException(Messages.text("imports.severalColumns", file, wanted,
                matches.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "))));
    }

    public int fieldCount() {
        return columns.size();
    }
}
