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
        assertThat(rows).filteredOn(r -> r.get("Section").equals(CompareCsv.CHANGES))
                .extracting(r -> r.get("Touchpoint") + " | " + r.get("Change") + " | " + r.get("Field or segment")
                        + " | " + r.get("Old") + " | " + r.get("New"))
                .contains(ScenarioMaps.REMOVED + " | Removed |  |  | ", ScenarioMaps.ADDED + " | Added |  |  | ",
                        "Pay in one tap | Renamed, Changed | Title | Pay | Pay in one tap");
        assertThat(rows).filteredOn(r -> r.get("Section").equals(CompareCsv.EMOTION))
                .extracting(r -> r.get("Stage")).containsExactly("Search", "Buy", "Receive");
        assertThat(rows).filteredOn(r -> r.get("Section").equals(CompareCsv.SATISFACTION)
                        && r.get("Touchpoint").equals(ScenarioMaps.EDITED))
                .extracting(r -> r.get("Field or segment") + " " + r.get("Delta") + " " + r.get("n old") + " "
                        + r.get("n new") + " " + r.get("95% intervals apart"))
                .containsExactly("New customers 2.20 40 35 yes", "Regulars 0.30 20 22 no");
    }

    @Test
    void theCsvHasARowPerChangedOpportunityField() throws IOException {
        JourneyMap before = toBe.showing(Scenarios.FIRST_ID).withOpportunities(List.of(
                Opportunity.idea("opp-tap", "Pay in one tap", null),
                Opportunity.idea("opp-old", "=Drop the paper receipt", null)));
        JourneyMap after = before.withOpportunities(List.of(
                Opportunity.idea("opp-tap", "Pay in one tap", null).withOwner("Payments, web"),
                Opportunity.idea("opp-new", "Say \"thank you\"\nby e-mail", null)));
        CompareLayout plan = CompareLayout.of(MapComparison.of(before, ScenarioMaps.beforeSpreads(), after,
                ScenarioMaps.afterSpreads(toBe)), "Before", "After");
        byte[] bytes = export(plan, ExportFormat.CSV);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                        StandardCharsets.UTF_8)).getRecords();
        assertThat(rows).filteredOn(r -> r.get("Section").equals(CompareCsv.OPPORTUNITY))
                .extracting(r -> r.get("Touchpoint") + " | " + r.get("Change") + " | " + r.get("Field or segment")
                        + " | " + r.get("Old") + " | " + r.get("New"))
                .containsExactly("Pay in one tap | Changed | owner |  | Payments, web",
                        "Say \"thank you\"\nby e-mail | Added |  |  | ",
                        "'=Drop the paper receipt | Removed |  |  | ");
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
