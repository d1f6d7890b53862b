package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small vendor exports written by the header tests, and the checks every one of them must pass. */
final class HeaderFiles {
    private HeaderFiles() {
    }

    /** Writes {@code lines} joined by CRLF (as the survey tools write them), with a line end after the last. */
    static Path write(Path dir, String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Builds the heatmap with the record reader and with the byte reader, checks that both give the same result
     * and that every one of {@code answerRows} rows was read and none was bad; returns the heatmap.
     */
    static Heatmap readAlike(Path file, HeatmapOptions options, long answerRows) {
        Heatmap records = SurveyHeatmaps.build(file, options.withReader(HeatmapOptions.Reader.RECORDS));
        Heatmap bytes = SurveyHeatmaps.build(file, options.withReader(HeatmapOptions.Reader.BYTES));
        // An .xlsx file is converted to a fresh CSV file for each build: only that path may differ.
        assertThat(withFormat(bytes, records.format())).isEqualTo(records);
        assertThat(records.badRows()).isEmpty();
        assertThat(records.badRowCount()).isZero();
        assertThat(records.rowsRead()).isEqualTo(answerRows);
        return records;
    }

    private static Heatmap withFormat(Heatmap heatmap, SurveyFormat format) {
        return new Heatmap(format, heatmap.ratings(), heatmap.touchpoints(), heatmap.segments(), heatmap.cells(),
                heatmap.variants(), heatmap.badRows(), heatmap.badRowCount(), heatmap.rowsRead());
    }

    /** A one-sheet .xlsx whose cells are numbers where the text parses as one, inline strings otherwise. */
    static Path xlsx(Path dir, String name, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(name);
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + MAIN + "\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String ref = (char) ('A' + c) + Integer.toString(r + 1);
                String text = row.get(c);
                if (text.isEmpty()) {
                    continue;
                }
                if (text.matches("-?\\d+(\\.\\d+)?")) {
                    sheet.append("<c r=\"").append(ref).append("\"><v>").append(text).append("</v></c>");
                } else {
                    sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(text))
                            .append("</t></is></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + RELS
                    + "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE_DOCUMENT + "/officeDocument\" "
                    + "Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                    + "\" xmlns:r=\"" + OFFICE_DOCUMENT + "\"><sheets><sheet name=\"Form1\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + RELS + "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE_DOCUMENT + "/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        }
        return file;
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
