package org.journeystudio.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.sheet.TouchpointSheet;
import org.journeystudio.survey.SurveyException;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.TouchpointWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Touchpoint spreadsheets as Excel and LibreOffice save them: .xlsx with numbers and wrapped cells, European CSV. */
@FastTest
class TouchpointSheetFilesTest {
    @TempDir
    Path dir;

    @Test
    void anExcelWorkbookBecomesAMap() throws Exception {
        TouchpointSheet.Sheet sheet = ImportTouchpointSheet.read(TouchpointWorkbook.write(dir.resolve("Airline trip.xlsx")));
        JourneyMap map = TouchpointSheet.read(sheet, sheet.guessedColumns(), "Airline trip", Instant.EPOCH).map();

        assertThat(map.touchpoints()).extracting(Touchpoint::title).containsExactly("Search flights", "Pay", "Board");
        Touchpoint pay = map.touchpoints().get(1);
        assertThat(pay.painPoints()).hasSize(2);
        assertThat(pay.satisfaction().values()).containsExactly(2.5);
        assertThat(map.touchpoints().get(2).emotion().score()).isEqualTo(2);
        assertThat(map.touchpoints().get(2).channel().label()).isEqualTo("Airport");
    }

    @Test
    void aSemicolonCsvInWindows1252ReadsWithItsAccentsAndDecimalCommas() throws Exception {
        Path file = dir.resolve("Café.csv");
        Files.write(file, ("Étape;Touchpoint;Propriétaire;CSAT Habitués\r\n"
                + "Commande;Choisir un café;Équipe salle;4,5\r\n").getBytes(Charset.forName("windows-1252")));
        // "Étape" is not an English header: the user maps it in the dialog; here the guess misses it.
        TouchpointSheet.Sheet sheet = ImportTouchpointSheet.read(file);
        assertThat(sheet.header()).containsExactly("Étape", "Touchpoint", "Propriétaire", "CSAT Habitués");

        JourneyMap map = TouchpointSheet.read(sheet, sheet.guessedColumns()
                .with(0, org.journeystudio.store.sheet.SheetField.STAGE)
                .with(2, org.journeystudio.store.sheet.SheetField.OWNER), "Café", Instant.EPOCH).map();

        assertThat(map.stages().get(0).name()).isEqualTo("Commande");
        assertThat(map.touchpoints().get(0).owner()).isEqualTo("Équipe salle");
        assertThat(map.segments().get(0).name()).isEqualTo("Habitués");
        assertThat(map.touchpoints().get(0).satisfaction().values()).containsExactly(4.5);
    }

    @Test
    void anEmptyFileAndABrokenQuoteAreNamedByLine() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "\n\n");
        assertThatThrownBy(() -> ImportTouchpointSheet.read(empty)).isInstanceOf(SurveyException.class)
                .hasMessageContaining("empty.csv:1: the file is empty");
        Path broken = Files.writeString(dir.resolve("broken.csv"), "Stage,Touchpoint\nBuy,\"Pay\n");
        assertThatThrownBy(() -> ImportTouchpointSheet.read(broken)).isInstanceOf(SurveyException.class)
                .hasMessageContaining("broken.csv:2: a quoted field that starts on this line is never closed");
    }
}
