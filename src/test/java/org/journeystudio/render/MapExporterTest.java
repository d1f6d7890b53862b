package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.journeystudio.layout.HeatmapLayout;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.SlowTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@SlowTest
class MapExporterTest {
    @TempDir
    Path folder;

    @Test
    void pngSizeFollowsTheScale() throws IOException {
        JourneyMap map = Exports.template("blank");
        BufferedImage one = png(map, ExportOptions.of(ExportFormat.PNG));
        BufferedImage two = png(map, ExportOptions.of(ExportFormat.PNG).withScale(2));
        BufferedImage four = png(map, ExportOptions.of(ExportFormat.PNG).withScale(4));

        assertThat(two.getWidth()).isEqualTo(2 * one.getWidth());
        assertThat(two.getHeight()).isEqualTo(2 * one.getHeight());
        assertThat(four.getWidth()).isEqualTo(4 * one.getWidth());
        assertThat(four.getHeight()).isEqualTo(4 * one.getHeight());
    }

    @Test
    void aTransparentPngLeavesTheBackgroundClear() throws IOException {
        BufferedImage clear = png(Exports.template("blank"), ExportOptions.of(ExportFormat.PNG).withTransparent(true));

        assertThat(clear.getColorModel().hasAlpha()).isTrue();
        assertThat(clear.getRGB(0, 0) >>> 24).isZero();
        // The map itself is still painted: the stage header band is opaque.
        int x = (int) MapDrawing.MARGIN + 5;
        int y = (int) (MapDrawing.MARGIN + TitleBlock.HEIGHT) + 5;
        assertThat(clear.getRGB(x, y) >>> 24).isEqualTo(0xff);
    }

    @Test
    void anOpaquePngHasNoAlphaChannelToEncode() throws IOException {
        BufferedImage white = png(Exports.template("blank"), ExportOptions.of(ExportFormat.PNG));

        assertThat(white.getColorModel().hasAlpha()).isFalse();
        assertThat(white.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void onlyTheDeckHasSomethingToLoadAhead() throws IOException {
        assertThat(Stream.of(ExportFormat.values()).filter(MapExporter::needsPreparing))
                .containsExactly(ExportFormat.PPTX);
        MapExporter.prepare(ExportFormat.PPTX); // loads POI without writing a file
    }

    @ParameterizedTest
    @EnumSource(PageSize.class)
    void pdfPagesAreLandscapeInTheChosenSize(PageSize size) throws IOException {
        byte[] pdf = Exports.export(Exports.template("blank"), ExportOptions.of(ExportFormat.PDF).withPage(size));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat((double) box.getWidth()).isCloseTo(size.width(), org.assertj.core.data.Offset.offset(0.01));
            assertThat((double) box.getHeight()).isCloseTo(size.height(), org.assertj.core.data.Offset.offset(0.01));
            assertThat(box.getWidth()).isGreaterThan(box.getHeight());
        }
    }

    @Test
    void aPosterTilesTheMapAtPrintSizeAndNumbersItsSheets() throws IOException {
        JourneyMap map = Exports.template("online-retailer");
        byte[] pdf = Exports.export(map, ExportOptions.of(ExportFormat.PDF).withFit(PageFit.POSTER));

        var bounds = MapDrawing.of(map, Exports.DATE, false).bounds();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            // Each sheet holds the whole map's text, clipped; do not let it hide a header letter at the same spot.
            stripper.setSuppressDuplicateOverlappingText(false);
            // Together the sheets are at least as large as the map at print size.
            int columns = 0;
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = Exports.folded(stripper.getText(document));
                assertThat(text).contains("Sheet " + page + " of " + pages).contains(map.title());
                if (text.contains("row 1 of")) {
                    columns++;
                }
            }
            double sheetWidth = PageSize.A4.width() - 2 * PageFrame.MARGIN;
            assertThat(columns * sheetWidth).isGreaterThanOrEqualTo(bounds.getWidth() * PosterTiles.PRINT_SCALE);
            assertThat((columns - 1) * sheetWidth).isLessThan(bounds.getWidth() * PosterTiles.PRINT_SCALE);
        }
    }

    @Test
    void theHeatmapExportsShowEveryCustomerTouchpointAndTheChosenSegments() throws Exception {
        JourneyMap map = Exports.template("online-retailer");
        Segment business = map.segments().get(2);
        ExportOptions heatmapOf = ExportOptions.of(ExportFormat.SVG).withHeatmap(List.of(business.id()));

        List<String> texts = Exports.svgTexts(Exports.parseXml(Exports.export(map, heatmapOf)));
        String allText = Exports.folded(String.join(" ", texts));
        assertThat(allText).contains(business.name()).doesNotContain(map.segments().get(0).name());
        // A card on a path is labelled with its path: "Click & collect · Collect at the store counter".
        for (Touchpoint t : map.customerTouchpoints()) {
            assertThat(texts).anySatisfy(text -> assertThat(text).endsWith(t.title()));
        }
        assertThat(map.touchpoints()).filteredOn(t -> !map.customerTouchpoints().contains(t))
                .isNotEmpty().allSatisfy(backstage -> assertThat(texts).doesNotContain(backstage.title()));
        Double rating = map.customerTouchpoints().get(0).satisfaction().get(business.id());
        assertThat(texts).contains(String.format(java.util.Locale.ROOT, "%.1f", rating));

        byte[] pdf = Exports.export(map, ExportOptions.of(ExportFormat.PDF).withHeatmap(List.of()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Exports.folded(new PDFTextStripper().getText(document));
            map.segments().forEach(s -> assertThat(text).contains(s.name()));
            assertThat(text).contains("SATISFACTION").contains("neutral 3");
        }
        BufferedImage png = png(map, ExportOptions.of(ExportFormat.PNG).withHeatmap(List.of()));
        assertThat(png.getWidth()).isGreaterThan((int) HeatmapLayout.of(map).width());
    }

    @Test
    void anUnknownHeatmapSegmentIsRefusedByName() {
        assertThatThrownBy(() -> Exports.export(Exports.template("online-retailer"),
                ExportOptions.of(ExportFormat.PNG).withHeatmap(List.of("seg-nobody"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seg-nobody");
    }

    @Test
    void aPngTooLargeToHoldIsRefusedWithAdvice() {
        JourneyMap wide = Exports.template("blank").withStages(java.util.stream.IntStream.range(0, 400)
                .mapToObj(i -> new org.journeystudio.model.Stage("st-" + i, "Stage " + i)).toList());

        assertThatThrownBy(() -> Exports.export(wide, ExportOptions.of(ExportFormat.PNG).withScale(8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large")
                .hasMessageContaining("smaller scale");
    }

    @Test
    void textBeyondTheExportFontStillExportsInEveryFormat() throws Exception {
        JourneyMap blank = Exports.template("blank");
        String title = "Zoë pays in 東京 🚚 — “fine”";
        JourneyMap map = blank.withTouchpoints(List.of(Touchpoint.builder("tp-u", blank.stages().get(0).id(),
                Exports.touchpointLane(blank)).title(title).build()));

        for (ExportFormat format : ExportFormat.values()) {
            if (format == ExportFormat.MD) {
                // A Markdown report writes its pictures beside it, so it goes to a file, not a stream.
                java.nio.file.Path report = java.nio.file.Files.createTempDirectory("md").resolve("map.md");
                MapExporter.export(map, ExportOptions.of(format), report, ExportMonitor.NONE);
                assertThat(java.nio.file.Files.readString(report)).contains("東京");
                continue;
            }
            assertThat(Exports.export(map, ExportOptions.of(format))).as(format.name()).isNotEmpty();
        }
        assertThat(Exports.svgTexts(Exports.parseXml(Exports.export(map, ExportOptions.of(ExportFormat.SVG)))))
                .anySatisfy(text -> assertThat(text).contains("東京"));
        try (PDDocument document = Loader.loadPDF(Exports.export(map, ExportOptions.of(ExportFormat.PDF)))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Zoë");
        }
    }

    @Test
    void progressRisesToOne() throws IOException {
        List<Double> seen = new ArrayList<>();
        ExportMonitor monitor = new ExportMonitor() {
            @Override
            public void progress(double done) {
                seen.add(done);
            }
        };
        MapExporter.export(Exports.template("online-retailer"), ExportOptions.of(ExportFormat.PDF),
                new java.io.ByteArrayOutputStream(), monitor);

        assertThat(seen).isSorted().first().isEqualTo(0.0);
        assertThat(seen).last().isEqualTo(1.0);
        assertThat(seen.size()).isGreaterThan(2);
    }

    @Test
    void aCancelledExportLeavesTheEarlierFileAndNoLeftovers() throws IOException {
        Path target = folder.resolve("map.pdf");
        Files.writeString(target, "earlier export");
        ExportMonitor cancelSoon = new ExportMonitor() {
            private int polls;

            @Override
            public boolean isCancelled() {
                return ++polls > 1;
            }
        };

        assertThatThrownBy(() -> MapExporter.export(Exports.template("online-retailer"),
                ExportOptions.forFile(target), target, cancelSoon)).isInstanceOf(ExportCancelledException.class);

        assertThat(Files.readString(target)).isEqualTo("earlier export");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFileExportReplacesTheTargetWhole() throws IOException {
        Path target = folder.resolve("map.svg");
        Files.writeString(target, "old");

        MapExporter.export(Exports.template("blank"), ExportOptions.forFile(target), target, null);

        assertThat(Files.readString(target)).startsWith("<?xml").contains("</svg>");
    }

    @Test
    void theExportGetsTheUsualPermissionsOfANewFileNotOwnerOnly() throws IOException {
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Path target = folder.resolve("map.csv");

        MapExporter.export(Exports.template("blank"), ExportOptions.forFile(target), target, null);

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void theFormatComesFromTheExtension() {
        assertThat(ExportFormat.ofFile(Path.of("Map.PDF"))).isEqualTo(ExportFormat.PDF);
        assertThat(ExportFormat.ofFile(Path.of("out/map.v2.svg"))).isEqualTo(ExportFormat.SVG);
        assertThatThrownBy(() -> ExportFormat.ofFile(Path.of("map.docx")))
                .hasMessageContaining(".docx").hasMessageContaining(".png, .svg, .pdf, .csv");
        assertThatThrownBy(() -> ExportFormat.ofFile(Path.of("map"))).hasMessageContaining("no extension");
        assertThatThrownBy(() -> ExportOptions.of(ExportFormat.PNG).withScale(0)).hasMessageContaining("scale");
        assertThatThrownBy(() -> ExportOptions.of(ExportFormat.PNG).withScale(9)).hasMessageContaining("at most 8");
        assertThat(PageSize.fromLabel("tabloid")).isEqualTo(PageSize.TABLOID);
    }

    private static BufferedImage png(JourneyMap map, ExportOptions options) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(Exports.export(map, options)));
    }
}
