package org.journeystudio.store.sheet;

import java.time.Instant;
import java.util.List;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.json.JourneyFormatException;

/**
 * A touchpoint spreadsheet (one row per touchpoint, as {@code render.TouchpointCsv} writes it or as a team keeps
 * its touchpoint inventory) read into a new map: stages in the order they first appear, lanes from a Lane column
 * (or one Touchpoints lane), a segment per satisfaction column, the rating scale the values need. See
 * {@code docs/touchpoint-spreadsheet.md}.
 *
 * <p>Problems are {@link JourneyFormatException}s naming file:line:column and the column's header, like every
 * other import's; nothing is built from a sheet with one bad cell.
 */
public final class TouchpointSheet {
    /** The lane of every touchpoint when the sheet has no Lane column (or a row leaves it empty). */
    public static final String DEFAULT_LANE = "Touchpoints";

    /** One non-blank row of the sheet and the line (from 1) where it starts, for messages. */
    public record Row(long line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A sheet as read: the header row's names and the rows below it.
     *
     * @param source the file's name, for messages
     */
    public record Sheet(String source, long headerLine, List<String> header, List<Row> rows) {
        public Sheet {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }

        /** The first row as the header, the others as touchpoints. */
        public static Sheet of(String source, List<Row> records) {
            if (records.isEmpty()) {
                throw new IllegalArgumentException("a sheet has at least its header row");
            }
            return new Sheet(source, records.get(0).line(), records.get(0).cells(),
                    records.subList(1, records.size()));
        }

        /** The columns as their header names suggest. */
        public SheetColumns guessedColumns() {
            return SheetColumns.guess(header);
        }
    }

    /** A map read from a sheet, and what the user should know about how it was read (file:line: message). */
    public record Import(org.journeystudio.model.JourneyMap map, List<String> warnings) {
        public Import {
            warnings = List.copyOf(warnings);
        }
    }

    private TouchpointSheet() {
    }

    /**
     * The map the sheet's rows make with {@code columns} deciding what each column fills.
     *
     * @param title the map's title (the file's name, usually)
     * @param now   when the map was made
     */
    public static Import read(Sheet sheet, SheetColumns columns, String title, Instant now)
            throws JourneyFormatException {
        List<String> problems = columns.problems();
        if (!problems.isEmpty()) {
            throw new JourneyFormatException(sheet.source(), (int) sheet.headerLine(), columns.problemColumn(),
                    problems.get(0));
        }
        if (!columns.header().equals(sheet.header())) {
            throw new IllegalArgumentException("the columns were chosen for another sheet's header");
        }
        return new SheetMapBuilder(sheet, columns).build(title, now);
    }

    /**
     * A warning for each named column {@code columns} ignores, for an import whose columns were guessed: the user
     * did not choose to leave them out (file:line: message).
     */
    public static List<String> ignoredColumns(Sheet sheet, SheetColumns columns) {
        List<String> warnings = new java.util.ArrayList<>();
        for (int i = 0; i < sheet.header().size(); i++) {
            if (columns.field(i).isEmpty() && !sheet.header().get(i).isBlank()) {
                warnings.add(Messages.text("imports.sheet.columnNotImported", sheet.source(), sheet.headerLine(),
                        sheet.header().get(i).strip()));
            }
        }
        return warnings;
    }

    /** The title a map read from {@code fileName} gets: the name without its extension. */
    public static String titleOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String title = dot > 0 ? fileName.substring(0, dot) : fileName;
        return title.isBlank() ? "Touchpoints" : title.strip();
    }
}
