package org.journeystudio.hardening;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.SampleMaps;

/**
 * A corpus of malformed inputs, written into a folder by code (no big files checked in): broken, hostile and
 * oversized `.journey.json`, CSV and `.xlsx` files, plus special paths (a directory, a missing file, /dev/zero,
 * a FIFO). Seeded, so every run writes the same corpus.
 */
final class MalformedInputs {
    /** One input: a name for the report and the path the commands are given. */
    record Input(String name, Path path) {
    }

    private final Path dir;
    private final List<Input> inputs = new ArrayList<>();
    private final Random random = new Random(15_16);

    private MalformedInputs(Path dir) {
        this.dir = dir;
    }

    static List<Input> write(Path dir) throws IOException {
        MalformedInputs corpus = new MalformedInputs(dir);
        corpus.journeyFiles();
        corpus.csvFiles();
        corpus.xlsxFiles();
        corpus.specialPaths();
        return List.copyOf(corpus.inputs);
    }

    // .journey.json -------------------------------------------------------------------------------------------

    private void journeyFiles() throws IOException {
        String valid = JourneyJson.toJson(SampleMaps.shop("shop-1"));
        for (int i = 1; i <= 10; i++) {
            text("json-truncated-" + i + ".journey.json", valid.substring(0, valid.length() * i / 11));
        }
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        for (int i = 1; i <= 15; i++) {
            byte[] flipped = bytes.clone();
            for (int k = 0; k < 3; k++) {
                flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
            }
            bytes("json-flipped-bytes-" + i + ".journey.json", flipped);
        }
        String[] fields = {"\"title\"", "\"stages\"", "\"lanes\"", "\"touchpoints\"", "\"segments\"", "\"personas\"",
            "\"scale\"", "\"version\"", "\"id\""};
        String[] values = {"12", "null", "[]", "{}", "\"x\"", "true", "-1e309"};
        int n = 0;
        for (String field : fields) {
            int at = valid.indexOf(field + ":");
            if (at < 0) {
                at = valid.indexOf(field + " :");
            }
            if (at < 0) {
                continue;
            }
            int valueStart = valid.indexOf(':', at) + 1;
            int valueEnd = endOfValue(valid, valueStart);
            String value = values[n++ % values.length];
            text("json-wrong-type-" + field.replace("\"", "") + ".journey.json",
                    valid.substring(0, valueStart) + " " + value + valid.substring(valueEnd));
        }
        text("json-id-2000000-chars.journey.json", valid.replaceFirst("\"shop-1\"", "\"" + "x".repeat(2_000_000) + "\""));
        text("json-title-19mb.journey.json", valid.replaceFirst("\"title\"\\s*:\\s*\"", "$0" + "T".repeat(19_000_000)));
        text("json-deep-nesting.journey.json", valid.replaceFirst("\\{", "{\"icon\":" + "[".repeat(200_000)
                + "]".repeat(200_000) + ","));
        text("json-deep-object-nesting.journey.json", "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000));
        text("json-huge-number.journey.json", valid.replaceFirst("\"version\"\\s*:\\s*\\d+", "\"version\": 1"
                + "0".repeat(5_000)));
        text("json-not-json.journey.json", "this is not JSON at all\n");
        text("json-empty.journey.json", "");
        text("json-whitespace.journey.json", "   \n\t  \n");
        text("json-array-root.journey.json", "[" + valid + "]");
        text("json-null-root.journey.json", "null");
        text("json-string-root.journey.json", "\"a map\"");
        text("json-duplicate-keys.journey.json", valid.replaceFirst("\\{", "{\"title\": \"one\", \"title\": \"two\","));
        text("json-trailing-garbage.journey.json", valid + "}}}]]garbage");
        bytes("json-invalid-utf8.journey.json", concat(valid.substring(0, valid.length() / 2)
                .getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                valid.substring(valid.length() / 2).getBytes(StandardCharsets.UTF_8)));
        bytes("json-utf16.journey.json", valid.getBytes(StandardCharsets.UTF_16));
        text("json-nul-bytes.journey.json", valid.replace("\"title\"", "\"ti\u0000tle\""));
        text("json-control-chars.journey.json", valid.replaceFirst("\"title\"\\s*:\\s*\"", "$0\u0001\u0002\u001b[31m"));
        text("json-future-version.journey.json", valid.replaceFirst("\"version\"\\s*:\\s*\\d+", "\"version\": 999"));
        text("json-many-stages.journey.json", manyStages());
        text("json-photo-data-url-30mb.journey.json", valid.replaceFirst("\\{", "{\"photo\": \"data:image/png;base64,"
                + "A".repeat(30_000_000) + "\","));
    }

    private static int endOfValue(String json, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return json.length();
    }

    private static String manyStages() {
        StringBuilder json = new StringBuilder("{\"format\":\"journey-studio\",\"version\":1,\"id\":\"m\",\"title\":\"M\","
                + "\"stages\":[");
        for (int i = 0; i < 200_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i).append("\",\"name\":\"S\"}");
        }
        return json.append("]}").toString();
    }

    // CSV ----------------------------------------------------------------------------------------------------

    private void csvFiles() throws IOException {
        String good = "Segment,Booking,Check-in\nBusiness,4,5\nEconomy,3,2\nBusiness,5,4\n";
        text("csv-empty.csv", "");
        text("csv-header-only.csv", "Segment,Booking,Check-in\n");
        text("csv-only-bom.csv", "\uFEFF");
        text("csv-unclosed-quote.csv", good + "Economy,\"3,2\n");
        text("csv-text-after-quote.csv", "Segment,Booking\n\"Business\"x,4\n");
        text("csv-short-and-long-rows.csv", good + "Economy\nBusiness,1,2,3,4,5\n");
        text("csv-no-segment-column.csv", "A,B\n1,2\n3,4\n");
        text("csv-all-rows-bad.csv", "Segment,Booking\nBusiness,77\nEconomy,99\n");
        text("csv-words-no-scale.csv", "Segment,Booking\nBusiness,purple\nEconomy,green\nBusiness,blue\n");
        text("csv-cr-only.csv", good.replace('\n', '\r'));
        text("csv-mixed-delimiters.csv", "Segment;Booking,Check-in\nBusiness;4,5\n");
        text("csv-nul-bytes.csv", good.replace("Business", "Bus\u0000iness"));
        bytes("csv-invalid-utf8-late.csv", concat(good.getBytes(StandardCharsets.UTF_8),
                "Business,4,5\n".repeat(2_000).getBytes(StandardCharsets.UTF_8),
                new byte[] {'E', (byte) 0xC3, (byte) 0x28, ',', '3', ',', '2', '\n'}));
        bytes("csv-binary-garbage.csv", randomBytes(200_000));
        text("csv-1000000-columns.csv", "Segment" + ",c".repeat(1_000_000) + "\nBusiness" + ",4".repeat(1_000_000) + "\n");
        text("csv-100000-columns.csv", "Segment" + ",c".repeat(100_000) + "\n");
        StringBuilder labels = new StringBuilder("Segment,Booking\n");
        for (int i = 0; i < 1_000_000; i++) {
            labels.append("label-").append(i).append(",4\n");
        }
        text("csv-1000000-distinct-labels.csv", labels.toString());
        text("csv-30mb-field.csv", "Segment,Booking\n\"" + "x".repeat(30_000_000) + "\",4\n");
        text("csv-no-line-end-30mb.csv", "Segment,Booking\nBusiness," + "4".repeat(30_000_000));
        text("csv-quoted-newlines-forever.csv", "Segment,Booking\n\"" + "a\n".repeat(2_000_000));
        text("csv-huge-numbers.csv", "Segment,Booking\nBusiness,99999999999999999999999\nEconomy,1e308\n");
        text("csv-negative-and-nan.csv", "Segment,Booking\nBusiness,-4\nEconomy,NaN\nBusiness,Infinity\n");
        text("csv-labelled-garbage.csv", "Segment,Booking\nBusiness,5 (\nEconomy,( 5 )\nBusiness,5 = \n");
        text("csv-html-labels.csv", "Segment,Booking\n<script>alert(1)</script>,4\n\"\"\"><img src=x onerror=1>\",5\n");
        text("csv-tab-in-comma-file.csv", "Segment\tBooking,Check-in\nBusiness\t4,5\n");
        bytes("csv-cp1252-with-invalid.csv", "Segment,Booking\nCaf\u00e9,4\n\u0081\u008d,3\n"
                .getBytes(Charset.forName("windows-1252")));
        text("csv-many-blank-lines.csv", "Segment,Booking\n" + "\n".repeat(500_000) + "Business,4\n");
        text("csv-qualtrics-broken-descriptor.csv", "Q1,Q2\nSegment,Booking\n{\"ImportId\":\"QID1\nBusiness,4\n");
        text("csv-header-of-quotes.csv", "\"\"\"\",\"\"\"\"\"\"\n1,2\n");
    }

    // .xlsx --------------------------------------------------------------------------------------------------

    private void xlsxFiles() throws IOException {
        bytes("xlsx-not-a-zip.xlsx", "PK but not really a zip".getBytes(StandardCharsets.US_ASCII));
        bytes("xlsx-random.xlsx", randomBytes(50_000));
        bytes("xlsx-ole-encrypted.xlsx", concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, randomBytes(4_000)));
        xlsx("xlsx-no-content-types.xlsx", false, sheet(row(1, "A1", "s", "0") + row(2, "A2", "n", "4")),
                shared("Segment"));
        xlsx("xlsx-empty-sheet.xlsx", true, sheet(""), shared());
        xlsx("xlsx-shared-index-out-of-range.xlsx", true, sheet(row(1, "A1", "s", "7") + row(2, "A2", "n", "4")),
                shared("Segment"));
        xlsx("xlsx-non-numeric-number.xlsx", true, sheet(row(1, "A1", "s", "0") + row(1, "B1", "s", "1")
                + row(2, "A2", "s", "2") + row(2, "B2", "n", "four")), shared("Segment", "Booking", "Business"));
        xlsx("xlsx-row-2147483647.xlsx", true, sheet(row(1, "A1", "s", "0") + row(2147483647, "A2147483647", "n", "4")),
                shared("Segment"));
        xlsx("xlsx-column-ZZZZZZ.xlsx", true, sheet(row(1, "A1", "s", "0") + row(1, "ZZZZZZ1", "n", "4")),
                shared("Segment"));
        xlsx("xlsx-bad-cell-ref.xlsx", true, sheet(row(1, "1A", "s", "0")), shared("Segment"));
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&x;</t></si></sst>";
        xlsx("xlsx-xxe.xlsx", true, sheet(row(1, "A1", "s", "0")), xxe);
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&l9;</t>"
                + "</si></sst>");
        xlsx("xlsx-billion-laughs.xlsx", true, sheet(row(1, "A1", "s", "0")), laughs.toString());
        xlsx("xlsx-broken-xml.xlsx", true, "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"", shared("Segment"));
        xlsxBomb("xlsx-bomb-sheet.xlsx", "xl/worksheets/sheet1.xml", 300_000_000L);
        xlsxBomb("xlsx-bomb-shared-strings.xlsx", "xl/sharedStrings.xml", 300_000_000L);
    }

    private static String row(int r, String ref, String type, String value) {
        String v = type.equals("s") || type.equals("n") ? "<v>" + value + "</v>" : value;
        return "<row r=\"" + r + "\"><c r=\"" + ref + "\"" + (type.equals("n") ? "" : " t=\"" + type + "\"") + ">"
                + v + "</c></row>";
    }

    private static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    private static String shared(String... strings) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas."
                + "openxmlformats.org/spreadsheetml/2006/main\">");
        for (String s : strings) {
            xml.append("<si><t>").append(s).append("</t></si>");
        }
        return xml.append("</sst>").toString();
    }

    private void xlsx(String name, boolean contentTypes, String sheet, String sharedStrings) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            if (contentTypes) {
                entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats"
                        + ".org/package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
            }
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet);
            entry(zip, "xl/sharedStrings.xml", sharedStrings);
        }
        inputs.add(new Input(name, file));
    }

    /** A workbook whose one entry inflates to {@code size} bytes of spaces: tiny on disk, huge in memory. */
    private void xlsxBomb(String name, String bombEntry, long size) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"/>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                    + "main\"><sheets><sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>");
            zip.putNextEntry(new ZipEntry(bombEntry));
            String open = bombEntry.contains("shared") ? "<sst><si><t>" : "<worksheet><sheetData><row r=\"1\">"
                    + "<c r=\"A1\" t=\"inlineStr\"><is><t>";
            zip.write(open.getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < size; written += spaces.length) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        inputs.add(new Input(name, file));
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    // Special paths ------------------------------------------------------------------------------------------

    private void specialPaths() throws IOException {
        Path folder = dir.resolve("a-folder.csv");
        Files.createDirectories(folder);
        inputs.add(new Input("a directory", folder));
        inputs.add(new Input("a missing file", dir.resolve("missing.journey.json")));
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            inputs.add(new Input("/dev/zero", zero));
        }
        Path fifo = dir.resolve("fifo.csv");
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
            if (mkfifo.waitFor() == 0) {
                inputs.add(new Input("a FIFO nobody writes to", fifo));
            }
        } catch (IOException | InterruptedException e) {
            // no mkfifo here (not Linux or macOS): the other special paths still run
        }
    }

    // Writing ------------------------------------------------------------------------------------------------

    private void text(String name, String content) throws IOException {
        bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content);
        }
        inputs.add(new Input(name, file));
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
