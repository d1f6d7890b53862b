package org.journeystudio.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Survey files that break a limit, written by the tests themselves (zip bombs streamed from zeros, never checked
 * in): each with the segment column to ask for and a piece of the one-line message it must give.
 */
public final class HostileSurveys {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String HEADER = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Class</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>Rating</t></is></c></row>";

    /** A hostile file, the segment column to name, and what its message must say. */
    public record Case(String name, Path file, String segment, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileSurveys() {
    }

    /** Every case, written into {@code dir}. */
    public static List<Case> all(Path dir) throws IOException {
        List<Case> cases = new ArrayList<>(xlsx(dir));
        cases.addAll(csv(dir));
        return cases;
    }

    public static List<Case> xlsx(Path dir) throws IOException {
        String big = "x".repeat(2 << 20);
        return List.of(
                new Case("xlsx cell bomb", sheet(dir, "cell-bomb.xlsx", null, null, 64 << 20), "Class", "zip bomb"),
                new Case("xlsx shared-string bomb", sheet(dir, "string-bomb.xlsx", null, "", 64 << 20), "Class", "zip bomb"),
                new Case("xlsx long cell", sheet(dir, "long-cell.xlsx", "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\">"
                        + "<is><t>" + random(2 << 20) + "</t></is></c></row>", null, 0), "Class", "longer than 1 MB"),
                new Case("xlsx row 2147483647", sheet(dir, "row-max.xlsx", "<row r=\"2147483647\"><c t=\"inlineStr\">"
                        + "<is><t>a</t></is></c></row>", null, 0), "Class", "row number 2147483647"),
                new Case("xlsx column ZZZZZZ", sheet(dir, "column-z.xlsx", "<row r=\"2\"><c r=\"ZZZZZZ2\"><v>4</v></c>"
                        + "</row>", null, 0), "Class", "cell ZZZZZZ2"),
                new Case("xlsx XXE", sheet(dir, "xxe.xlsx", "!<!DOCTYPE worksheet [<!ENTITY e SYSTEM "
                        + "\"file:///etc/passwd\">]>", null, 0), "Class", "DTD"),
                new Case("xlsx billion laughs", sheet(dir, "laughs.xlsx", null, null, 0, "<!DOCTYPE sst [<!ENTITY a \"" + big.substring(0, 10)
                        + "\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><sst xmlns=\"" + MAIN + "\"><si><t>&b;</t></si></sst>"),
                        "Class", "DTD"),
                new Case("xlsx text in a number cell", sheet(dir, "nan.xlsx", "<row r=\"7\"><c r=\"B7\"><v>abc</v></c></row>",
                        null, 0), "Class", "cell B7"),
                new Case("xlsx shared string out of range", sheet(dir, "sst-range.xlsx", "<row r=\"2\"><c r=\"B2\" t=\"s\">"
                        + "<v>5</v></c></row>", "", 0), "Class", "cell B2 refers to shared text 5"),
                new Case("xlsx without [Content_Types].xml", zip(dir, "no-types.xlsx", "xl/workbook.xml", "<workbook/>"),
                        "Class", "[Content_Types].xml is missing"),
                new Case("xlsx that is no zip", text(dir, "no-zip.xlsx", "Class,Rating\nA,4\n"), "Class", "not an .xlsx zip"),
                new Case("xlsx encrypted", bytes(dir, "encrypted.xlsx", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
                        (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}), "Class", "encrypted"));
    }

    public static List<Case> csv(Path dir) throws IOException {
        StringBuilder wide = new StringBuilder("Class,Rating");
        for (int i = 2; i < 1_000_000; i++) {
            wide.append(",Q").append(i);
        }
        StringBuilder labels = new StringBuilder("Class,Rating\n");
        for (int i = 0; i < 1_000_000; i++) {
            labels.append('L').append(i).append(',').append(1 + i % 5).append('\n');
        }
        StringBuilder cells = new StringBuilder("Class");
        for (int j = 0; j < 100; j++) {
            cells.append(",R").append(j);
        }
        cells.append('\n');
        String answers = ",3".repeat(100) + "\n";
        for (int i = 0; i < 3000; i++) {
            cells.append('S').append(i).append(answers);
        }
        Path noLineEnd = text(dir, "no-line-end.csv", "Class,Rating\nA,4\nB,");
        try (RandomAccessFile file = new RandomAccessFile(noLineEnd.toFile(), "rw")) {
            file.setLength(1L << 30); // a sparse gigabyte of zero bytes and no line end: costs no disk
        }
        return List.of(
                new Case("csv 1,000,000 columns", text(dir, "wide.csv", wide + "\nA,4\n"), "Class", "1,000,000 columns"),
                new Case("csv 1,000,000 segment labels", text(dir, "labels.csv", labels.toString()), "Class",
                        "more than 10,000 different answers"),
                new Case("csv 100 MB field", text(dir, "field.csv", "Class,Rating\nA,4\n\"" + "y".repeat(100 << 20)
                        + "\",4\n"), "Class", ":3: a row longer than 8 MB"),
                new Case("csv 1 GB line without line end", noLineEnd, "Class", ":3: a row longer than 8 MB"),
                new Case("csv 300,000 heatmap cells", text(dir, "cells.csv", cells.toString()), "Class",
                        "more than 250,000 cells"));
    }

    /**
     * A one-sheet workbook with a header row and {@code rows} (or, starting with "!", a prologue before the
     * worksheet), shared strings when {@code strings} is not null, and a cell of {@code bombBytes} zeros' worth
     * of "0" (in the sheet, or in the shared strings when they are given).
     */
    static Path sheet(Path dir, String name, String rows, String strings, long bombBytes) throws IOException {
        return sheet(dir, name, rows, strings, bombBytes, null);
    }

    private static Path sheet(Path dir, String name, String rows, String strings, long bombBytes, String sst)
            throws IOException {
        Path file = dir.resolve(name);
        String prologue = rows != null && rows.startsWith("!") ? rows.substring(1) : "";
        String body = rows == null || rows.startsWith("!") ? "" : rows;
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"/>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\"><sheets><sheet name=\"S\" sheetId=\"1\"/>"
                    + "</sheets></workbook>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            write(zip, "<?xml version=\"1.0\"?>" + prologue + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + HEADER);
            if (bombBytes > 0 && strings == null) {
                write(zip, "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
                zeros(zip, bombBytes);
                write(zip, "</t></is></c></row>");
            }
            write(zip, body + "</sheetData></worksheet>");
            zip.closeEntry();
            if (sst != null) {
                entry(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\"?>" + sst);
            } else if (strings != null) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                write(zip, "<sst xmlns=\"" + MAIN + "\"><si><t>Business</t></si><si><t>");
                zeros(zip, bombBytes);
                write(zip, "</t></si></sst>");
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Path zip(Path dir, String name, String part, String text) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, part, text);
        }
        return file;
    }

    private static void zeros(ZipOutputStream zip, long count) throws IOException {
        byte[] block = "0".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
        for (long done = 0; done < count; done += block.length) {
            zip.write(block);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, text);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String random(int length) {
        Random random = new Random(16);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static Path text(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Path bytes(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
