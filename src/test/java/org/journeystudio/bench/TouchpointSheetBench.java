package org.journeystudio.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.render.TouchpointCsv;
import org.journeystudio.store.sheet.TouchpointSheet;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.usecase.ImportTouchpointSheet;

/**
 * Benchmark, not a test: the 60-stage, 1,000-touchpoint map of {@link SampleMaps#longMap(int, int, long)} exported
 * as the touchpoint CSV and read back (checking that it writes the same CSV again), and the same rows saved as an
 * .xlsx (by POI) read into a map. Prints cold and warm-median times. Target: each under 2 s. Run:
 * {@code ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -cp
 * target/classes:target/test-classes:$(cat target/cp.txt) org.journeystudio.bench.TouchpointSheetBench}
 */
public final class TouchpointSheetBench {
    private static final int ROUNDS = 6;

    private TouchpointSheetBench() {
    }

    public static void main(String[] args) throws Exception {
        JourneyMap map = SampleMaps.longMap(60, 1000, 42);
        Path dir = Files.createTempDirectory("sheet-bench");
        Path csv = dir.resolve("bench.csv");
        long[] export = new long[ROUNDS];
        long[] readCsv = new long[ROUNDS];
        String written = "";
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(csv)) {
                TouchpointCsv.write(map, out, ExportMonitor.NONE);
            }
            export[i] = System.nanoTime() - start;
            start = System.nanoTime();
            JourneyMap back = read(csv);
            readCsv[i] = System.nanoTime() - start;
            written = Files.readString(csv);
            if (!csv(back).equals(written)) {
                throw new AssertionError("The map read back writes another CSV");
            }
        }
        Path xlsx = xlsx(written, dir.resolve("bench.xlsx"));
        long[] readXlsx = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            JourneyMap back = read(xlsx);
            readXlsx[i] = System.nanoTime() - start;
            if (back.touchpoints().size() != map.touchpoints().size()) {
                throw new AssertionError("The .xlsx lost touchpoints");
            }
        }
        System.out.printf("Map: %d stages, %d touchpoints; CSV %,d bytes, .xlsx %,d bytes%n", map.stages().size(),
                map.touchpoints().size(), Files.size(csv), Files.size(xlsx));
        report("CSV export", export);
        report("CSV read into a map", readCsv);
        report(".xlsx read into a map", readXlsx);
    }

    private static JourneyMap read(Path file) throws Exception {
        TouchpointSheet.Sheet sheet = ImportTouchpointSheet.read(file);
        return TouchpointSheet.read(sheet, sheet.guessedColumns(), "Bench", Instant.EPOCH).map();
    }

    private static String csv(JourneyMap map) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TouchpointCsv.write(map, out, ExportMonitor.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The CSV's cells in a streamed POI workbook, every cell as text (as a sheet pasted from the CSV is). */
    private static Path xlsx(String csv, Path file) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(new XSSFWorkbook(), 200);
             OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("Touchpoints");
            int r = 0;
            for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv.substring(1)))) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    row.createCell(c).setCellValue(record.get(c));
                }
            }
            book.write(out);
            book.dispose();
        }
        return file;
    }

    private static void report(String what, long[] times) {
        long[] warm = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(warm);
        System.out.printf("%s: first in a fresh JVM %d ms; warm median of %d: %d ms (%d-%d)%n", what,
                times[0] / 1_000_000, warm.length, warm[warm.length / 2] / 1_000_000, warm[0] / 1_000_000,
                warm[warm.length - 1] / 1_000_000);
    }
}
