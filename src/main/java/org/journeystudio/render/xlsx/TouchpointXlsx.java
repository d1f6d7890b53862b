package org.journeystudio.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.render.TouchpointCsv;
import org.journeystudio.survey.XlsxText;

/**
 * The map as an Excel workbook ({@code .xlsx}, Apache POI): the same columns and values as the CSV export
 * ({@link TouchpointCsv#values}), with numbers as numbers, the header row frozen and filtered, and lists wrapped
 * one entry per line. It reads back to the same map through the touchpoint spreadsheet import.
 */
public final class TouchpointXlsx {
    private static final String SHEET = "Touchpoints";
    /** Characters wide (Excel's unit is 1/256 of one) for the columns of free text, and for the others. */
    private static final int WIDE = 40;
    private static final int NARROW = 16;
    private static final Set<String> FREE_TEXT_COLUMNS = Set.of("Touchpoint", "Description", "Expectations",
            "Pain points", "Opportunities");
    /** Formula characters: text starting with an apostrophe and one of these keeps an extra apostrophe. */
    private static final String FORMULA_START = "=+-@\t\r'";

    private TouchpointXlsx() {
    }

    public static void write(JourneyMap map, OutputStream out, ExportMonitor monitor) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(SHEET);
            CellStyle wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            List<String> header = TouchpointCsv.header(map);
            headerRow(book, sheet, header);
            List<Touchpoint> touchpoints = map.touchpointsInJourneyOrder();
            for (int r = 0; r < touchpoints.size(); r++) {
                if (r % 100 == 0) {
                    monitor.checkCancelled();
                    monitor.progress(0.9 * r / touchpoints.size());
                }
                Row row = sheet.createRow(r + 1);
                List<Object> values = TouchpointCsv.values(map, touchpoints.get(r));
                for (int c = 0; c < values.size(); c++) {
                    var cell = row.createCell(c);
                    cell.setCellStyle(wrapped);
                    if (values.get(c) instanceof Double number) {
                        cell.setCellValue(number);
                    } else if (!((String) values.get(c)).isEmpty()) {
                        cell.setCellValue(XlsxText.escape(text((String) values.get(c))));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, touchpoints.size()), 0, header.size() - 1));
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, 256 * (FREE_TEXT_COLUMNS.contains(header.get(c)) ? WIDE : NARROW));
            }
            monitor.checkCancelled();
            book.write(out);
        }
    }

    private static void headerRow(XSSFWorkbook book, Sheet sheet, List<String> header) {
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(XlsxText.escape(header.get(c)));
            cell.setCellStyle(style);
        }
    }


    /**
     * A workbook's text cell is never a formula, so text goes in as it is; only text that starts with an
     * apostrophe before a formula character gets one more, because reading a sheet back removes one there
     * (the CSV's guard, see {@link TouchpointCsv}).
     */
    static String text(String value) {
        boolean guardedLooking = value.length() > 1 && value.charAt(0) == '\''
                && FORMULA_START.indexOf(value.charAt(1)) >= 0;
        return guardedLooking ? "'" + value : value;
    }
}
