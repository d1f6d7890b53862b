package org.journeystudio.survey;

import org.journeystudio.i18n.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads the first sheet of an {@link XlsxPackage} row by row as texts: shared strings, inline strings, numbers as
 * plain decimals ("4", "4.5"), booleans as TRUE/FALSE. Row numbers, column references and shared strings are
 * bounded by {@link SurveyLimits}, and a cell that cannot be read is named (file: cell B7).
 */
final class XlsxSheet {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final XlsxPackage pkg;
    private final List<String> shared = new ArrayList<>();

    private XlsxSheet(XlsxPackage pkg) {
        this.pkg = pkg;
    }

    /** Calls {@code rows} with each row's number (from 1) and its texts, in sheet order. */
    static void read(XlsxPackage pkg, BiConsumer<Integer, List<String>> rows) throws IOException {
        XlsxSheet sheet = new XlsxSheet(pkg);
        Map<String, String> targets = sheet.relationships();
        String sheetPart = sheet.firstSheet(targets);
        String strings = targets.getOrDefault("sharedStrings", "xl/sharedStrings.xml");
        if (pkg.has(strings)) {
            sheet.readSharedStrings(strings);
        }
        sheet.readRows(sheetPart, rows);
    }

    /** The workbook's parts by relationship id, and its shared strings under the key "sharedStrings". */
    private Map<String, String> relationships() throws IOException {
        Map<String, String> targets = new HashMap<>();
        String rels = "xl/_rels/workbook.xml.rels";
        if (!pkg.has(rels)) {
            return targets;
        }
        try (XlsxPackage.XmlPart part = pkg.xml(rels)) {
            while (part.next() != XMLStreamConstants.END_DOCUMENT) {
                if (part.reader.isStartElement() && part.reader.getLocalName().equals("Relationship")) {
                    String target = part.reader.getAttributeValue(null, "Target");
                    String type = String.valueOf(part.reader.getAttributeValue(null, "Type"));
                    String path = target == null ? "" : target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    targets.put(part.reader.getAttributeValue(null, "Id"), path);
                    if (type.endsWith("/sharedStrings")) {
                        targets.put("sharedStrings", path);
                    }
                }
            }
            return targets;
        }
    }

    private String firstSheet(Map<String, String> targets) throws IOException {
        try (XlsxPackage.XmlPart part = pkg.xml("xl/workbook.xml")) {
            while (part.next() != XMLStreamConstants.END_DOCUMENT) {
                if (part.reader.isStartElement() && part.reader.getLocalName().equals("sheet")) {
                    String id = part.reader.getAttributeValue(RELATIONSHIPS, "id");
                    return targets.getOrDefault(id, "xl/worksheets/sheet1.xml");
                }
            }
        }
        throw new SurveyException(Messages.text("imports.noSheet", pkg.file()));
    }

    private void readSharedStrings(String name) throws IOException {
        long chars = 0;
        try (XlsxPackage.XmlPart part = pkg.xml(name)) {
            StringBuilder text = new StringBuilder();
            int phonetic = 0; // <rPh> runs: pronunciation guides, not part of the text
            boolean inText = false;
            for (int event = part.next(); event != XMLStreamConstants.END_DOCUMENT; event = part.next()) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    phonetic += part.reader.getLocalName().equals("rPh") ? 1 : 0;
                    inText = part.reader.getLocalName().equals("t");
                } else if (event == XMLStreamConstants.CHARACTERS && phonetic == 0 && inText) {
                    text.append(part.reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = part.reader.getLocalName();
                    phonetic -= local.equals("rPh") ? 1 : 0;
                    inText = false;
                    if (local.equals("si")) {
                        chars += text.length();
                        if (shared.size() >= SurveyLimits.MAX_SHARED_STRINGS || chars > SurveyLimits.MAX_SHARED_TEXT_CHARS) {
                            throw SurveyLimits.tooManySharedStrings(pkg.file(), name);
                        }
                        shared.add(XlsxText.unescape(text.toString()));
                        text.setLength(0);
                    }
                }
            }
        }
    }

    private final List<String> openElements = new ArrayList<>();

    private void readRows(String name, BiConsumer<Integer, List<String>> rows) throws IOException {
        XlsxCell cell = new XlsxCell(pkg.file(), shared);
        try (XlsxPackage.XmlPart part = pkg.xml(name)) {
            List<String> texts = new ArrayList<>();
            int rowNumber = 0;
            for (int event = part.next(); event != XMLStreamConstants.END_DOCUMENT; event = part.next()) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = part.reader.getLocalName();
                    openElements.add(local);
                    if (local.equals("row")) {
                        rowNumber = cell.rowNumber(part.reader.getAttributeValue(null, "r"), rowNumber);
                        texts.clear();
                    } else if (local.equals("c")) {
                        cell.start(part.reader.getAttributeValue(null, "r"), part.reader.getAttributeValue(null, "t"),
                                rowNumber, texts.size());
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && cell.open()) {
                    String local = openElements.get(openElements.size() - 1);
                    if (local.equals("v") || local.equals("t") && !openElements.contains("rPh")) {
                        cell.append(part.reader.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = openElements.remove(openElements.size() - 1);
                    if (local.equals("c")) {
                        while (texts.size() < cell.column()) {
                            texts.add(""); // cells the sheet leaves out before this one
                        }
                        texts.add(cell.finish());
                    } else if (local.equals("row")) {
                        rows.accept(rowNumber, texts);
                    }
                }
            }
        }
    }
}
