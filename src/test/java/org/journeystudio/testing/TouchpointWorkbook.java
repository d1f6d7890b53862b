package org.journeystudio.testing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A small touchpoint inventory saved as Excel saves one, for the spreadsheet import's tests. */
public final class TouchpointWorkbook {
    private TouchpointWorkbook() {
    }

    /** Writes an .xlsx the way Excel does: shared strings, numeric ratings, line breaks in wrapped cells. */
    public static Path write(Path file) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("Touchpoints");
            XSSFCellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Object[][] rows = {
                    {"Phase", "Touchpoint", "Channel", "Emotion", "Pain points", "Satisfaction: Business"},
                    {"Book", "Search flights", "Web", 1.0, "", 4.0},
                    {"Book", "Pay", "Web", -1.0, "Hidden fees (severity 3)\nCard form resets", 2.5},
                    {},
                    {"Fly", "Board", "Airport", "delighted", "", 5.0}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                        row.getCell(c).setCellStyle(wrap);
                    }
                }
            }
            book.write(out);
        }
        return file;
    }
}
