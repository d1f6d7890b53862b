package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey-studio actions}: a map file's plan to a file or to standard output; wrong options exit 2. */
@FastTest
class ActionsCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return StudioCommandLine.standard().execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aMapFilesPlanGoesToTheFileOrToStandardOutput() throws Exception {
        Path map = temp.resolve("shop.journey.json");
        JourneyJson.write(SampleMaps.retailer(), map);
        Path csv = temp.resolve("shop-jira.csv");

        assertThat(run("actions", map.toString(), "--format", "jira", "--out", csv.toString())).as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("Wrote 5 opportunities of 'Online retailer' to ");
        assertThat(Files.readString(csv)).startsWith("Summary,Description,Issue Type,Priority,Assignee,Due date,Labels");

        assertThat(run("actions", map.toString(), "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"schema\" : 1", "\"title\" : \"Simplify\"");
    }

    /** The retailer template's matrix as SVG and PDF: the quadrants named, each rated opportunity's title drawn. */
    @Test
    void theMatrixIsDrawnToSvgAndPdfAndNeedsAFile() throws Exception {
        Path map = temp.resolve("retailer.journey.json");
        try (var in = getClass().getResourceAsStream("/org/journeystudio/store/templates/online-retailer.journey.json")) {
            Files.copy(in, map);
        }
        Path svg = temp.resolve("matrix.svg");
        Path pdf = temp.resolve("matrix.pdf");

        assertThat(run("actions", map.toString(), "--format", "matrix-svg", "--out", svg.toString())).as(err.toString())
                .isZero();
        assertThat(run("actions", map.toString(), "--format", "matrix-pdf", "--out", pdf.toString())).isZero();
        java.util.List<String> expected = java.util.List.of("Quick wins", "Big bets", "Fill-ins", "Money pits",
                "Guest checkout, account", "Effort", "In progress");
        assertThat(Files.readString(svg)).startsWith("<?xml").contains(expected);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains(expected);
        }
        assertThat(run("actions", map.toString(), "--format", "matrix-png")).isEqualTo(2);
        assertThat(err.toString()).contains("--format matrix-png draws a picture: give --out FILE");
    }

    @Test
    void anUnknownFormatOrNoMapIsAUsageError() throws Exception {
        Path map = temp.resolve("shop.journey.json");
        JourneyJson.write(SampleMaps.checkout(), map);

        assertThat(run("actions", map.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("--format must be csv, jira, azure, json, matrix-png, matrix-svg or matrix-pdf,"
                + " not 'xml'");
        assertThat(run("actions", "--format", "csv")).isEqualTo(2);
        assertThat(err.toString()).contains("Give either a map file (.journey.json or .mmd) or --project NAME");
    }
}
