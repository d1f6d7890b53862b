package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.edit.command.RemoveTouchpoints;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.json.JourneyJson;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SlowTest
class RenderCommandTest {
    @TempDir
    Path folder;
    private Path mapFile;
    private final CommandLineRun cli = new CommandLineRun();

    @BeforeEach
    void writeAMap() throws IOException {
        mapFile = folder.resolve("shop.journey.json");
        try (var in = getClass().getResourceAsStream("/org/journeystudio/store/templates/online-retailer.journey.json")) {
            Files.write(mapFile, in.readAllBytes());
        }
    }

    @Test
    void rendersEachFormatByTheExtension() throws Exception {
        for (String name : new String[] {"shop.png", "shop.svg", "shop.pdf", "shop.csv", "shop.xlsx"}) {
            Path target = folder.resolve(name);
            assertThat(cli.run("render", mapFile.toString(), "--out", target.toString())).as(cli.err()).isZero();
            assertThat(target).isNotEmptyFile();
        }
        assertThat(Files.readString(folder.resolve("shop.svg"))).contains("<svg").contains("Shopping cart");
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("shop.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(cli.out()).contains("Rendered 'Online retailer' to");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(folder.resolve("shop.xlsx")))) {
            var sheet = book.getSheetAt(0);
            // The template branches, so a Path column follows Stage.
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Path");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Touchpoint");
            assertThat(sheet.getLastRowNum()).isEqualTo(20);
            assertThat(sheet.getRow(1).getCell(8).getCellType()).as("Emotion is a number")
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        }
    }

    @Test
    void rendersAPowerPointDeckAndAMarkdownReportWithItsPictures() throws Exception {
        Path deck = folder.resolve("shop.pptx");
        Path report = folder.resolve("shop.md");
        assertThat(cli.run("render", mapFile.toString(), "--out", deck.toString())).as(cli.err()).isZero();
        assertThat(cli.run("render", mapFile.toString(), "--out", report.toString())).as(cli.err()).isZero();

        try (var slides = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(deck))) {
            assertThat(slides.getSlides()).hasSizeGreaterThan(2);
        }
        assertThat(Files.readString(report)).startsWith("# Online retailer").contains("(shop-files/map.svg)");
        assertThat(folder.resolve("shop-files/map.svg")).isNotEmptyFile();
        assertThat(cli.out()).contains("to " + report + " (its pictures in shop-files)");
    }

    @Test
    void aMermaidJourneyIsRenderedLikeAMapFileWithItsWarnings() throws Exception {
        Path mermaid = folder.resolve("cafe.mmd");
        Files.writeString(mermaid, """
                journey
                  title My working day
                  section Go to work
                    Make tea: 5: Me
                    Go upstairs: 9: Me
                """);
        Path svg = folder.resolve("cafe.svg");

        assertThat(cli.run("render", mermaid.toString(), "--out", svg.toString())).as(cli.err()).isZero();

        assertThat(Files.readString(svg)).contains("My working day").contains("Make tea").contains("Go upstairs");
        assertThat(cli.err()).contains("warning: ").contains("cafe.mmd:5");
        assertThat(cli.out()).contains("Rendered 'My working day' to");
    }

    @Test
    void aScenarioIsRenderedByNameAndAnUnknownOneIsNamedWithTheMapsScenarios() throws Exception {
        JourneyMap map = JourneyJson.read(mapFile);
        JourneyMap toBe = AddScenario.copying(map, "as-is", "To-be", () -> Ids.next("tp")).apply(map);
        String cut = toBe.touchpoints().get(0).id();
        JourneyJson.write(RemoveTouchpoints.of(toBe, Set.of(cut)).apply(toBe), mapFile);
        String removedTitle = map.touchpoints().get(0).title();
        Path asIs = folder.resolve("as-is.csv");
        Path later = folder.resolve("to-be.csv");

        assertThat(cli.run("render", mapFile.toString(), "--scenario", "as-is", "--out", asIs.toString())).isZero();
        assertThat(cli.run("render", mapFile.toString(), "--scenario", "to-be", "--out", later.toString())).isZero();
        assertThat(cli.run("render", mapFile.toString(), "--scenario", "Competitor", "--out", later.toString()))
                .isEqualTo(2);

        assertThat(Files.readString(asIs)).contains(removedTitle);
        assertThat(Files.readString(later)).doesNotContain(removedTitle);
        assertThat(cli.err()).contains("'Online retailer' has no scenario 'Competitor'; its scenarios: 'As-is',"
                + " 'To-be'");
    }

    @Test
    void scalePageAndPosterReachTheExport() throws Exception {
        Path one = folder.resolve("one.png");
        Path two = folder.resolve("two.png");
        assertThat(cli.run("render", mapFile.toString(), "--out", one.toString())).isZero();
        assertThat(cli.run("render", mapFile.toString(), "--out", two.toString(), "--scale", "2")).isZero();
        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(two.toFile());
        assertThat(large.getWidth()).isEqualTo(2 * small.getWidth());

        Path poster = folder.resolve("poster.pdf");
        assertThat(cli.run("render", mapFile.toString(), "--out", poster.toString(), "--page", "a3", "--poster"))
                .isZero();
        try (PDDocument pdf = Loader.loadPDF(poster.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(1190);
        }
    }

    @Test
    void heatmapOfOneSegmentByNameOrOfAll() throws Exception {
        Path one = folder.resolve("business.svg");
        assertThat(cli.run("render", mapFile.toString(), "--out", one.toString(), "--heatmap", "business customers"))
                .as(cli.err()).isZero();
        String svg = Files.readString(one);
        assertThat(svg).contains("satisfaction heatmap").contains("Business customers").doesNotContain("First-time buyers");

        Path all = folder.resolve("all.svg");
        assertThat(cli.run("render", "--heatmap", mapFile.toString(), "--out", all.toString())).as(cli.err()).isZero();
        assertThat(Files.readString(all)).contains("First-time buyers").contains("Returning customers");
    }

    @Test
    void badInputExitsNonZeroWithAClearMessage() throws IOException {
        Path png = folder.resolve("x.png");

        assertThat(cli.run("render", mapFile.toString(), "--out", folder.resolve("x.docx").toString())).isNotZero();
        assertThat(cli.err()).contains("unknown extension .docx");

        assertThat(cli.run("render", mapFile.toString(), "--out", png.toString(), "--scale", "0")).isNotZero();
        assertThat(cli.err()).contains("--scale must be above 0");

        assertThat(cli.run("render", mapFile.toString(), "--out", png.toString(), "--scale", "huge")).isNotZero();
        assertThat(cli.err()).contains("--scale: 'huge' is not a number");

        assertThat(cli.run("render", folder.resolve("missing.journey.json").toString(), "--out", png.toString()))
                .isEqualTo(1);
        assertThat(cli.err()).contains("no such file").contains("missing.journey.json");

        Path broken = folder.resolve("broken.journey.json");
        Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"map\": {\n    \"id\": \"m\",,\n", StandardCharsets.UTF_8);
        assertThat(cli.run("render", broken.toString(), "--out", png.toString())).isEqualTo(1);
        assertThat(cli.err()).containsPattern("broken\\.journey\\.json:\\d+:\\d+");

        assertThat(cli.run("render", mapFile.toString(), "--out", png.toString(), "--heatmap", "nobody")).isNotZero();
        assertThat(cli.err()).contains("No segment called 'nobody'").contains("Business customers");

        assertThat(cli.run("render", "--out", png.toString())).isNotZero();
        assertThat(cli.err()).contains("Give either a map file (.journey.json or .mmd) or --project NAME");

        assertThat(cli.run("render", mapFile.toString(), "--out", folder.resolve("no/such/dir/x.pdf").toString(),
                "--page", "A4")).isNotZero();
        assertThat(cli.err()).contains("does not exist");

        assertThat(cli.run("render", mapFile.toString(), "--out", folder.resolve("x.pdf").toString(), "--page", "B5"))
                .isNotZero();
        assertThat(cli.err()).contains("Unknown page size 'B5'");
        assertThat(png).doesNotExist();
    }

    @Test
    void optionsTheFormatIgnoresAreNamedNotSilentlyDropped() throws Exception {
        Path svg = folder.resolve("map.svg");

        assertThat(cli.run("render", mapFile.toString(), "--out", svg.toString(), "--scale", "2", "--page", "A3"))
                .isZero();

        assertThat(cli.err()).contains("--scale and --transparent apply to PNG only, not SVG")
                .contains("--page and --poster apply to PDF only, not SVG");
        assertThat(svg).isNotEmptyFile();
    }

    @Test
    void theMapFileIsReadNotChanged() throws Exception {
        JourneyMap before = JourneyJson.read(mapFile);
        cli.run("render", mapFile.toString(), "--out", folder.resolve("x.png").toString());
        assertThat(JourneyJson.read(mapFile)).isEqualTo(before);
    }
}
