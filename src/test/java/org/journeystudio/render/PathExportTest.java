package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.BranchedMaps;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** Paths and connectors in the exports: track names in SVG and PDF text, connectors in the picture, a Path column. */
@FastTest
class PathExportTest {
    private static final JourneyMap SHOP = BranchedMaps.shop("shop");

    @Test
    void theSvgAndThePdfNameEveryTrackAndTheSvgDrawsTheConnectors() throws Exception {
        String svg = new String(Exports.export(SHOP, ExportOptions.of(ExportFormat.SVG)), StandardCharsets.UTF_8);
        assertThat(svg).contains("Home delivery", "Click &amp; collect");
        // The loop back's dash pattern appears only where a connector is drawn.
        assertThat(svg).contains("stroke-dasharray=\"6,3\"");
        assertThat(new String(Exports.export(SampleMaps.shop("plain"), ExportOptions.of(ExportFormat.SVG)),
                StandardCharsets.UTF_8)).doesNotContain("stroke-dasharray=\"6,3\"");

        try (PDDocument pdf = Loader.loadPDF(Exports.export(SHOP, ExportOptions.of(ExportFormat.PDF)))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Home delivery", "Click & collect");
        }
    }

    @Test
    void theSpreadsheetHasAPathColumnOnlyWhenTheMapHasPaths() {
        List<String> header = TouchpointCsv.header(SHOP);

        assertThat(header.get(2)).isEqualTo(TouchpointCsv.PATH_COLUMN);
        assertThat(TouchpointCsv.values(SHOP, SHOP.touchpoint(BranchedMaps.COLLECT_CARD).orElseThrow()).get(2))
                .isEqualTo("Click & collect");
        assertThat(TouchpointCsv.values(SHOP, SHOP.touchpoint("tp-cart").orElseThrow()).get(2)).isEqualTo("Main track");
        assertThat(TouchpointCsv.header(SampleMaps.shop("plain"))).doesNotContain(TouchpointCsv.PATH_COLUMN);
    }
}
