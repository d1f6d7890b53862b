package org.journeystudio.survey;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.journeystudio.i18n.Messages;

/**
 * Survey exports saved as {@code .xlsx} (Excel, Google Sheets, the survey tools' spreadsheet download): the first
 * sheet is streamed row by row ({@link XlsxSheet}, within the {@link SurveyLimits}) into a UTF-8 CSV file, which then goes through the same reader,
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
            try (XlsxPackage pkg = XlsxPackage.open(xlsx);
                 BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
                int[] written = {0};
                int[] width = {0};
                XlsxSheet.read(pkg, (rowNumber, texts) -> {
                    try {
                        for (; written[0] < rowNumber - 1; written[0]++) {
                            printer.println(); // a row the sheet leaves out: an empty line keeps the numbering
                        }
                        width[0] = Math.max(width[0], texts.size());
                        while (texts.size() < width[0]) {
                            texts.add(""); // a sheet leaves out empty cells at a row's end; a CSV export keeps them
                        }
                        printer.printRecord(texts);
                        written[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return csv;
        } catch (IOException | UncheckedIOException e) {
            throw new SurveyException(Messages.text("imports.unreadableSheet", xlsx, e.getMessage()));
        }
    }
}
