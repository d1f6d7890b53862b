package org.journeystudio.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeystudio.survey.Fixtures.path;
import static org.journeystudio.survey.SurveyHeatmapsTest.assertCell;

import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.InLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An .xlsx survey goes through the same reader and statistics as a CSV one. The fixture (spreadsheet.xlsx, first
 * sheet): Respondent, Class, Check-in, Boarding, Meals; dirty class labels; an empty cell, a missing trailing cell,
 * N/A and 0 as not applicable; a number stored as 4.0; and an empty row 5 that the sheet leaves out.
 */
@FastTest
@Isolated // one method speaks German, and the language is one setting for the JVM
@ExtendWith(InLanguage.Switch.class)
class XlsxSurveyTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(HeatmapOptions.Reader.class)
    void theFirstSheetIsReadLikeASpreadsheetExport(HeatmapOptions.Reader reader) {
        Heatmap heatmap = SurveyHeatmaps.build(path("spreadsheet.xlsx"),
                HeatmapOptions.forSegments("Class").withReader(reader));

        assertThat(heatmap.format().layout()).isEqualTo(SurveyLayout.SPREADSHEET);
        assertThat(heatmap.touchpoints()).containsExactly("Check-in", "Boarding", "Meals");
        assertThat(heatmap.segments()).containsExactly("Business", "Economy", "Premium", "All");
        assertCell(heatmap, "Check-in", "Business", 4, 5);
        assertCell(heatmap, "Boarding", "Business", 5, 4);
        assertCell(heatmap, "Meals", "Business", 3);             // the second row has no Meals cell
        assertCell(heatmap, "Check-in", "Economy", 2, 3);        // one empty cell
        assertCell(heatmap, "Boarding", "Economy", 3, 2);        // 0 is not applicable on 1-5
        assertCell(heatmap, "Meals", "Economy", 1, 2);
        assertCell(heatmap, "Check-in", "Premium", 4);           // stored as 4.0
        assertCell(heatmap, "Meals", "Premium", 4);
        assertCell(heatmap, "Check-in", "All", 4, 5, 2, 3, 4);
        assertCell(heatmap, "Boarding", "All", 5, 4, 3, 2);      // Premium's N/A left out
        assertThat(heatmap.cell("Boarding", "All").statistics().notApplicable()).isEqualTo(2); // the N/A and the 0
        assertThat(heatmap.ratings()).extracting(r -> r.scale().range()).containsExactly("1-5", "1-5", "1-5");
        assertCell(heatmap, "Meals", "All", 3, 1, 2, 4);
        assertThat(heatmap.rowsRead()).isEqualTo(6);
        assertThat(heatmap.badRowCount()).isZero();
        assertThat(heatmap.variants().get(0).spellings()).containsEntry("business ", 1L);
    }

    @Test
    void aFileThatIsNoSpreadsheetSaysSo() throws Exception {
        Path fake = folder.resolve("answers.xlsx");
        Files.writeString(fake, "Class,Rating\nBusiness,4\n");
        assertThatThrownBy(() -> SurveyReader.inspect(fake)).isInstanceOf(SurveyException.class)
                .hasMessageStartingWith(fake + ": cannot read this spreadsheet")
                .hasMessageEndingWith("save it again as .xlsx or export it as CSV");
    }

    @ParameterizedTest
    @EnumSource(HeatmapOptions.Reader.class)
    void messagesNameTheSpreadsheetNotTheCsvItIsReadThrough(HeatmapOptions.Reader reader) {
        Path spreadsheet = path("spreadsheet.xlsx");
        SurveyFormat format = SurveyReader.inspect(spreadsheet);
        assertThat(format.source()).isEqualTo(spreadsheet);
        assertThat(format.file()).isNotEqualTo(spreadsheet);

        assertThatThrownBy(() -> SurveyHeatmaps.build(spreadsheet,
                HeatmapOptions.forSegments("Class").withRatings(java.util.List.of("Check-in", "Class")).withReader(reader)))
                .isInstanceOf(SurveyException.class)
                .hasMessageStartingWith(spreadsheet + ": ")
                .hasMessageNotContaining(".csv");
    }

    @Test
    @InLanguage("de")
    void aBrokenCellIsNamedInGerman() throws Exception {
        Path sheet = HostileSurveys.sheet(folder, "kaputt.xlsx", "<row r=\"7\"><c r=\"B7\"><v>abc</v></c></row>", null, 0);
        assertThatThrownBy(() -> SurveyHeatmaps.build(sheet, HeatmapOptions.forSegments("Class")))
                .isInstanceOf(SurveyException.class)
                .hasMessage(sheet + ": Zelle B7 ist als Zahl gespeichert, enthält aber „abc“; geben Sie die Zelle im "
                        + "Tabellenprogramm neu ein oder exportieren Sie die Tabelle als CSV");
    }
}
