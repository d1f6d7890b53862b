package org.journeystudio.survey;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Survey exports saved as {@code .xlsx} (Excel, Google Sheets, the survey tools' spreadsheet download): the first
 * sheet is streamed row by row (fastexcel-reader) into a UTF-8 CSV file, which then goes through the same reader,
 * layout detection and statistics as every CSV export. Empty rows stay as empty lines, so a record's line is its
 * row number in the spreadsheet (unless a cell holds a line break).
 */
public final class XlsxSurvey {
    private XlsxSurvey() {
    }

    /** Whether {@code file} is named like a spreadsheet this class reads. */
    public static boolean isXlsx(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Writes the first sheet of {@code xlsx} as {@code <name>.csv} in a fresh temporary folder (deleted when the
     * program ends) and returns that file. Numbers are written as plain decimals ("4", "4.5"), text as it is.
     */
    public static Path toCsv(Path xlsx) {
        try {
            Path folder = Files.createTempDirectory("journey-studio-xlsx");
            Path csv = folder.resolve(xlsx.getFileName() + ".csv");
            folder.toFile().deleteOnExit();
            csv.toFile().deleteOnExit();
            try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile());
                 Stream<Row> rows = workbook.getFirstSheet().openStream();
                 BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
                int written = 0;
                int width = 0;
                for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                    Row row = it.next();
                    for (; written < row.getRowNum() - 1; written++) {
                        printer.println(); // a row the sheet leaves out: an empty line keeps the numbering
                    }
                    List<String> texts = texts(row);
                    width = Math.max(width, texts.size());
                    while (texts.size() < width) {
                        texts.add(""); // a sheet leaves out empty cells at a row's end; a CSV export keeps them
                    }
                    printer.printRecord(texts);
                    written++;
                }
            }
            return csv;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new SurveyException(xlsx + ": cannot read this spreadsheet (" + e.getMessage()
                    + "); save it again as .xlsx or export it as CSV");
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            texts.add(text(row.getCell(i)));
        }
        return texts;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }
}
