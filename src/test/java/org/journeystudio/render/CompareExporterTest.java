package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Scenarios;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.ScenarioMaps;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.journeystudio.model.Opportunity;

/** Every format of the compare view carries the changes and the delta cells the layout has. */
@FastTest
class CompareExporterTest {
    private final JourneyMap toBe = ScenarioMaps.asIsAndToBe("map-shop");
    private final CompareLayout layout = CompareLayout.of(MapComparison.of(toBe.showing(Scenarios.FIRST_ID),
            ScenarioMaps.beforeSpreads(), toBe, ScenarioMaps.afterSpreads(toBe)), "As-is", "To-be");

    @Test
    void thePdfHasTheChangesAsText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export(ExportFormat.PDF))) {
            String text = Exports.folded(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("Shop — compare", ScenarioMaps.ADDED, ScenarioMaps.REMOVED,
                    "Title: Pay → Pay in one tap", "+2.2 ▲", "n 40 → 35", "95% intervals do not overlap");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Shop — compare");
        }
    }

    @Test
    void theSvgParsesAndHasEveryCellWithItsFillAndText() throws Exception {
        Document svg = Exports.parseXml(export(ExportFormat.SVG));
        List<String> texts = Exports.svgTexts(svg);
        assertThat(texts).contains(ScenarioMaps.ADDED, ScenarioMaps.REMOVED, ScenarioMaps.EDITED, "+2.2 ▲", "n/a");
        NodeList rects = svg.getElementsByTagNameNS(SvgWriter.SVG_NS, "rect");
        for (CompareLayout.DeltaCell cell : layout.cells()) {
            String fill = "rgb(" + cell.fill().red() + "," + cell.fill().green() + "," + cell.fill().blue() + ")";
            boolean found = false;
            for (int i = 0; i < rects.getLength() && !found; i++) {
                Element rect = (Element) rects.item(i);
                found = Math.abs(Double.parseDouble(rect.getAttribute("x")) - cell.box().inset(1.5).x()) < 0.01
                        && Math.abs(Double.parseDouble(rect.getAttribute("y")) - cell.box().inset(1.5).y()) < 0.01
                        && fillOf(rect).equals(fill);
            }
            assertThat(found).as("a %s rect for %s × %s", fill, cell.delta().touchpoint(), cell.delta().segment())
                    .isTrue();
        }
    }

    @Test
    void theCsvHasARowPerChangedFieldStageAndCell() throws IOException {
        byte[] bytes = export(ExportFormat.CSV);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF); // the byte-order mark spreadsheets look for
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                        StandardCharsets.UTF_8)).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(CompareCsv.HEADER);
        assertThat(rows).filteredOn(r -> List.of("added", "removed", "changed").contains(r.get("kind")))
                .extracting(r -> r.get("title") + " | " + r.get("kind") + " | " + r.get("field") + " | "
                        + r.get("old") + " | " + r.get("new"))
                .contains(ScenarioMaps.REMOVED + " | removed |  |  | ", ScenarioMaps.ADDED + " | added |  |  | ",
                        "Pay in one tap | changed | title | Pay | Pay in one tap");
        assertThat(rows).filteredOn(r -> r.get("kind").equals("emotion"))
                .extracting(r -> r.get("stage")).containsExactly("Search", "Buy", "Receive");
        assertThat(rows).filteredOn(r -> r.get("kind").equals("satisfaction")
                        && r.get("title").equals(ScenarioMaps.EDITED))
                .extracting(r -> r.get("field") + " " + r.get("delta") + " " + r.get("n_old") + " "
                        + r.get("n_new") + " " + r.get("apart"))
                .containsExactly("New customers 2.2 40 35 true", "Regulars 0.3 20 22 false");
    }

    @Test
    void theCsvHasARowPerChangedOpportunityField() throws IOException {
        byte[] bytes = export(planLayout(toBe), ExportFormat.CSV);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                        StandardCharsets.UTF_8)).getRecords();
        assertThat(rows).filteredOn(r -> r.get("kind").startsWith("opportunity-"))
                .extracting(r -> r.get("title") + " | " + r.get("kind") + " | " + r.get("field") + " | "
                        + r.get("old") + " | " + r.get("new"))
                .containsExactly("Pay in one tap | opportunity-changed | owner |  | Payments, web",
                        "Say \"thank you\"\nby e-mail | opportunity-added |  |  | ",
                        "'=Drop the paper receipt | opportunity-removed |  |  | ");
    }

    @Test
    void thePdfAndSvgListTheActionPlansChangesAsTheWindowDoes() throws Exception {
        CompareLayout plan = planLayout(toBe);
        try (PDDocument pdf = Loader.loadPDF(export(plan, ExportFormat.PDF))) {
            String text = Exports.folded(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("Opportunities", "CHANGED Pay in one tap", "Owner: (none) → Payments, web",
                    "ADDED Say \"thank you\" by e-mail", "REMOVED =Drop the paper receipt");
        }
        List<String> svg = Exports.svgTexts(Exports.parseXml(export(plan, ExportFormat.SVG)));
        assertThat(svg).contains("Opportunities", "CHANGED", "Pay in one tap", "Owner: (none) → Payments, web",
                "ADDED", "Say \"thank you\" by e-mail", "REMOVED", "=Drop the paper receipt");
        assertThat(Exports.svgTexts(Exports.parseXml(export(ExportFormat.SVG))))
                .contains("Opportunities", "No opportunity was added, removed or changed.");
    }

    /** {@code toBe}'s comparison with an action plan that changed: one opportunity re-owned, one added, one gone. */
    static CompareLayout planLayout(JourneyMap toBe) {
        JourneyMap before = toBe.showing(Scenarios.FIRST_ID).withOpportunities(List.of(
                Opportunity.idea("opp-tap", "Pay in one tap", null),
                Opportunity.idea("opp-old", "=Drop the paper receipt", null)));
        JourneyMap after = before.withOpportunities(List.of(
                Opportunity.idea("opp-tap", "Pay in one tap", null).withOwner("Payments, web"),
                Opportunity.idea("opp-new", "Say \"thank you\"\nby e-mail", null)));
        return CompareLayout.of(MapComparison.of(before, ScenarioMaps.beforeSpreads(), after,
                ScenarioMaps.afterSpreads(toBe)), "Before", "After");
    }

    @Test
    void thePngIsTheLayoutInAMargin() throws IOException {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(export(ExportFormat.PNG)));
        assertThat(png.getWidth()).isEqualTo(PngWriter.pixels(layout.width() + 2 * MapDrawing.MARGIN, 1));
        assertThat(png.getHeight()).isEqualTo(PngWriter.pixels(layout.height() + 2 * MapDrawing.MARGIN, 1));
    }

    /** Batik puts the fill on the rect or on a group around it. */
    private static String fillOf(Element rect) {
        for (org.w3c.dom.Node n = rect; n instanceof Element e; n = n.getParentNode()) {
            if (!e.getAttribute("fill").isEmpty()) {
                return e.getAttribute("fill");
            }
        }
        return "";
    }

    private byte[] export(ExportFormat format) throws IOException {
        return export(layout, format);
    }

    private static byte[] export(CompareLayout layout, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompareExporter.export(layout, "Shop", ExportOptions.of(format).withDate(Exports.DATE), out,
                ExportMonitor.NONE);
        return out.toByteArray();
    }
}
