package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.render.TouchpointCsv;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.testing.SlowTest;
import org.journeystudio.testing.TouchpointWorkbook;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import touchpoints.csv} and {@code import touchpoints.xlsx}: a map in; a bad sheet leaves the library as it was. */
@SlowTest
class TouchpointSheetCommandTest {
    @TempDir
    Path temp;

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void aMapsCsvExportAndAnExcelSheetImportAsMaps() throws Exception {
        JourneyMap shop = new ResourceTemplateCatalog().instantiate("online-retailer", "Shop",
                Instant.parse("2026-03-01T10:00:00Z"));
        Path csv = temp.resolve("Shop touchpoints.csv");
        try (var stream = Files.newOutputStream(csv)) {
            TouchpointCsv.write(shop, stream, ExportMonitor.NONE);
        }
        Path xlsx = TouchpointWorkbook.write(temp.resolve("Airline.xlsx"));
        Path library = temp.resolve("lib");

        assertThat(cli.run("import", csv.toString(), "--library", library.toString())).as(cli.err()).isZero();
        assertThat(cli.run("import", xlsx.toString(), "--library", library.toString())).as(cli.err()).isZero();

        assertThat(cli.out()).contains("Imported 'Shop touchpoints' (" + shop.touchpoints().size()
                + " touchpoints)").contains("Imported 'Airline' (3 touchpoints)");
        try (H2Library opened = NewLibraries.open(library)) {
            assertThat(opened.list()).hasSize(2);
            JourneyMap read = opened.load(opened.list().stream().filter(p -> p.title().equals("Shop touchpoints"))
                    .findFirst().orElseThrow().id()).orElseThrow();
            assertThat(read.touchpoints()).extracting(Touchpoint::title)
                    .containsExactlyInAnyOrderElementsOf(shop.touchpoints().stream().map(Touchpoint::title).toList());
        }
    }

    @Test
    void anUnknownColumnIsAWarningAndABadEmotionLeavesTheLibraryEmpty() throws Exception {
        Path library = temp.resolve("lib");
        Path notes = Files.writeString(temp.resolve("notes.csv"), "Stage,Touchpoint,Remarks\nBuy,Pay,slow\n");
        assertThat(cli.run("import", notes.toString(), "--library", library.toString())).isZero();
        assertThat(cli.err()).contains("journey-studio: warning: notes.csv:1: the column 'Remarks' is not "
                + "imported: no touchpoint field has that name");

        Path bad = Files.writeString(temp.resolve("bad.csv"), "Stage,Touchpoint,Emotion\nBuy,Pay,1\nBuy,Wait,meh\n");
        Path other = temp.resolve("other");
        assertThat(cli.run("import", bad.toString(), "--library", other.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("journey-studio: bad.csv:3:3: column 'Emotion': 'meh' is not an emotion");
        try (H2Library opened = NewLibraries.open(other)) {
            assertThat(opened.list()).isEmpty();
        }
    }

    @Test
    void aSheetWithMoreRowsThanAMapHoldsIsRefusedAtTheFirstRowTooMany() throws Exception {
        StringBuilder text = new StringBuilder("Stage,Touchpoint\n");
        for (int i = 0; i <= org.journeystudio.model.Limits.TOUCHPOINT_SHEET_ROWS; i++) {
            text.append("S,T").append(i).append('\n');
        }
        Path big = Files.writeString(temp.resolve("big.csv"), text);
        Path library = temp.resolve("lib");

        assertThat(cli.run("import", big.toString(), "--library", library.toString())).isEqualTo(1);

        assertThat(cli.err()).contains("big.csv:10002: the sheet has more than 10,000 rows below its header, "
                + "the most one map holds (a touchpoint per row); split the journey into several maps");
        try (H2Library opened = NewLibraries.open(library)) {
            assertThat(opened.list()).isEmpty();
        }
    }
}
