package org.journeystudio.usecase;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Limits;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.store.sheet.SheetColumns;
import org.journeystudio.store.sheet.TouchpointSheet;
import org.journeystudio.survey.SheetRecords;
import org.journeystudio.survey.SurveyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds a map made from a touchpoint spreadsheet (CSV or {@code .xlsx}, one row per touchpoint) to the library,
 * all or nothing: {@link #read} the sheet, choose its {@link SheetColumns} (guessed from the header, or by the
 * user in the column-mapping dialog), then {@link #importSheet}.
 */
public final class ImportTouchpointSheet {
    private static final Logger LOG = LoggerFactory.getLogger(ImportTouchpointSheet.class);
    private final ProjectLibrary library;

    public ImportTouchpointSheet(ProjectLibrary library) {
        this.library = library;
    }

    /** Whether {@code file} is named like a spreadsheet (.csv, .tsv, .txt, .xlsx). */
    public static boolean isSheet(Path file) {
        return SheetRecords.isSpreadsheet(file);
    }

    /**
     * The sheet's header and rows, in memory (at most {@link Limits#TOUCHPOINT_SHEET_ROWS} rows).
     *
     * @throws SurveyException naming file:line when the file cannot be read as a spreadsheet
     */
    public static TouchpointSheet.Sheet read(Path file) {
        List<TouchpointSheet.Row> rows = SheetRecords.read(file, Limits.TOUCHPOINT_SHEET_ROWS).stream()
                .map(r -> new TouchpointSheet.Row(r.line(), r.values())).toList();
        return TouchpointSheet.Sheet.of(nameOf(file), rows);
    }

    /**
     * The map {@code file} makes with the columns its header names, warning of the columns left out; what
     * {@code import}, {@code render} and {@code compare} read (through {@link MapFileReader}).
     */
    public static TouchpointSheet.Import readGuessed(Path file) throws JourneyFormatException {
        TouchpointSheet.Sheet sheet = read(file);
        SheetColumns guessed = sheet.guessedColumns();
        TouchpointSheet.Import read = TouchpointSheet.read(sheet, guessed, TouchpointSheet.titleOf(nameOf(file)),
                Instant.now());
        List<String> warnings = new ArrayList<>(TouchpointSheet.ignoredColumns(sheet, guessed));
        warnings.addAll(read.warnings());
        return new TouchpointSheet.Import(read.map(), warnings);
    }

    /** Makes the map from {@code sheet} (read from {@code file}) with {@code columns} and stores it. */
    public ImportJourneyFile.Imported importSheet(Path file, TouchpointSheet.Sheet sheet, SheetColumns columns)
            throws JourneyFormatException {
        TouchpointSheet.Import read = TouchpointSheet.read(sheet, columns, TouchpointSheet.titleOf(nameOf(file)),
                Instant.now());
        JourneyMap map = read.map();
        library.create(map);
        LOG.info("Project {} '{}' imported from the touchpoint spreadsheet {} ({} touchpoints)", map.id(),
                map.title(), file, map.touchpoints().size());
        return new ImportJourneyFile.Imported(map, read.warnings());
    }

    private static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
