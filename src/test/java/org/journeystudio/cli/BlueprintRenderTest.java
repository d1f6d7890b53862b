package org.journeystudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.journeystudio.testing.RequiredTool;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render service-blueprint.journey.json --view blueprint}: lanes in role order, the three lines labelled. */
@SlowTest
class BlueprintRenderTest {
    private static final List<String> LINES = List.of("Line of interaction", "Line of visibility",
            "Line of internal interaction");
    /**
     * The first words of the template's blueprint lanes in role order (long titles wrap onto two lines); the
     * template itself lists guest actions first.
     */
    private static final List<String> LANES_IN_ROLE_ORDER = List.of(">Physical evidence<", ">Guest actions<",
            ">Frontstage:", ">Backstage:", ">Support processes");

    @TempDir
    Path folder;
    private Path mapFile;
    private final CommandLineRun cli = new CommandLineRun();

    @BeforeEach
    void writeTheTemplate() throws IOException {
        mapFile = folder.resolve("service-blueprint.journey.json");
        try (var in = getClass().getResourceAsStream("/org/journeystudio/store/templates/service-blueprint.journey.json")) {
            Files.write(mapFile, in.readAllBytes());
        }
    }

    @Test
    void theSvgHoldsTheThreeLineLabelsAndTheLanesInRoleOrder() throws IOException {
        Path svg = folder.resolve("x.svg");

        assertThat(cli.run("render", mapFile.toString(), "--view", "blueprint", "--out", svg.toString()))
                .as(cli.err()).isZero();

        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).contains(LINES);
        assertThat(text).containsSubsequence(LANES_IN_ROLE_ORDER);
        assertThat(positions(text, LINES)).isSorted();
        // Each line lies between the lanes it separates: its label follows the last lane above it.
        assertThat(text.indexOf(">Line of interaction<")).isGreaterThan(text.indexOf(">Guest actions<"));
    }

    @Test
    void theJourneyViewKeepsTheUsersOrderAndDrawsNoLines() throws IOException {
        Path svg = folder.resolve("journey.svg");

        assertThat(cli.run("render", mapFile.toString(), "--out", svg.toString())).as(cli.err()).isZero();

        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("Line of visibility");
        assertThat(text.indexOf(">Guest actions<")).isLessThan(text.indexOf(">Physical evidence<"));
    }

    @Test
    void thePdfAndPngHoldTheBlueprintToo() throws Exception {
        Path pdf = folder.resolve("x.pdf");
        Path png = folder.resolve("x.png");

        assertThat(cli.run("render", mapFile.toString(), "--view", "blueprint", "--out", pdf.toString()))
                .as(cli.err()).isZero();
        assertThat(cli.run("render", mapFile.toString(), "--view", "BLUEPRINT", "--out", png.toString()))
                .as(cli.err()).isZero();

        assertThat(ImageIO.read(png.toFile()).getHeight()).isGreaterThan(600);
        RequiredTool.require("apt-get install poppler-utils (.ci/run installs it)", "pdftotext");
        Process process = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(text).contains(LINES);
        assertThat(text.replaceAll("\\s+", " ")).containsSubsequence(
                LANES_IN_ROLE_ORDER.stream().map(w -> w.replace(">", "").replace("<", "")).toList());
    }

    @Test
    void anUnknownViewIsAUsageError() {
        assertThat(cli.run("render", mapFile.toString(), "--view", "swimlanes", "--out",
                folder.resolve("x.svg").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--view must be journey or blueprint, not 'swimlanes'");
    }

    private static List<Integer> positions(String text, List<String> words) {
        return words.stream().map(w -> text.indexOf(">" + w + "<")).toList();
    }
}
