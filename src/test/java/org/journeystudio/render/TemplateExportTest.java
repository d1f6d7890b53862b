package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.RequiredTool;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped template exports headless to PNG, SVG and PDF, and each keeps every touchpoint title readable. */
@SlowTest
class TemplateExportTest {
    @TempDir
    Path folder;

    static Stream<Arguments> templates() {
        return Exports.templates().stream().map(map -> Arguments.of(Named.of(map.title(), map)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void pngIsTheFramedMapAtTheScale(JourneyMap map) throws IOException {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                Exports.export(map, ExportOptions.of(ExportFormat.PNG))));

        var bounds = MapDrawing.of(map, Exports.DATE, true).bounds();
        assertThat(png.getWidth()).isEqualTo((int) Math.ceil(bounds.getWidth()));
        assertThat(png.getHeight()).isEqualTo((int) Math.ceil(bounds.getHeight()));
        // Opaque white by default: a corner is background.
        assertThat(png.getRGB(0, 0)).isEqualTo(0xffffffff);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void svgIsWellFormedAndItsTextElementsHoldEveryTitle(JourneyMap map) throws Exception {
        byte[] svg = Exports.export(map, ExportOptions.of(ExportFormat.SVG));

        List<String> texts = Exports.svgTexts(Exports.parseXml(svg));
        String allText = Exports.folded(String.join(" ", texts));
        for (Touchpoint t : map.touchpoints()) {
            assertThat(allText).as("SVG text of %s", t.title()).contains(Exports.folded(t.title()));
        }
        assertThat(texts).contains(map.title());
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains("font-family=\"" + SvgWriter.FONT_STACK + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void pdfTextHoldsEveryTitle(JourneyMap map) throws Exception {
        byte[] pdf = Exports.export(map, ExportOptions.of(ExportFormat.PDF));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = Exports.folded(new PDFTextStripper().getText(document));
            for (Touchpoint t : map.touchpoints()) {
                assertThat(text).as("PDFBox text of %s", t.title()).contains(Exports.folded(t.title()));
            }
        }
        String extracted = pdftotext(pdf);
        for (Touchpoint t : map.touchpoints()) {
            assertThat(extracted).as("pdftotext of %s", t.title()).contains(Exports.folded(t.title()));
        }
        assertThat(extracted).contains(map.title()).contains("23 November 2026");
    }

    /** What poppler's pdftotext reads from the PDF, in drawing order; skipped locally, failed on CI, where poppler is absent. */
    private String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        RequiredTool.require("apt-get install poppler-utils (.ci/run installs it)", "pdftotext");
        Path file = folder.resolve("map.pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(output, StandardCharsets.UTF_8)).isZero();
        return Exports.folded(new String(output, StandardCharsets.UTF_8));
    }
}
