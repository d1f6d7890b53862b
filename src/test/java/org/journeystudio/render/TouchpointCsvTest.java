package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class TouchpointCsvTest {

    @Test
    void startsWithAByteOrderMarkAndReadsBackRowPerTouchpointInJourneyOrder() throws Exception {
        JourneyMap map = Exports.template("online-retailer");
        byte[] csv = Exports.export(map, ExportOptions.of(ExportFormat.CSV));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).extracting(r -> r.get("Touchpoint ID")).containsExactlyElementsOf(
                map.touchpointsInJourneyOrder().stream().map(Touchpoint::id).toList());
        CSVRecord first = rows.get(0);
        assertThat(first.getParser().getHeaderNames()).containsExactly(
                "Touchpoint ID", "Stage", "Path", "Lane", "Touchpoint", "Description", "Channel", "Owner", "Emotion",
                "Emotion label", "Expectations", "Pain points", "Opportunities", "Evidence", "Expected score",
                "Satisfaction: First-time buyers", "Satisfaction: Returning customers",
                "Satisfaction: Business customers");
        Touchpoint t = map.touchpointsInJourneyOrder().get(0);
        assertThat(first.get("Stage")).isEqualTo(map.stage(t.stageId()).orElseThrow().name());
        assertThat(first.get("Touchpoint")).isEqualTo(t.title());
        assertThat(first.get("Emotion")).isEqualTo(String.valueOf(t.emotion().score()));
        assertThat(first.get("Expectations")).isEqualTo(String.join("\n", t.expectations()));
        Double firstTime = t.satisfaction().get(map.segments().get(0).id());
        assertThat(Double.parseDouble(first.get("Satisfaction: First-time buyers"))).isEqualTo(firstTime);
    }

    @Test
    void quotesCommasQuotesAndLineBreaksSoEveryCellSurvives() throws Exception {
        JourneyMap map = Exports.template("blank").withSegments(List.of(new Segment("seg-a", "Café, \"regulars\"", "",
                "#4c78a8")));
        Touchpoint odd = Touchpoint.builder("tp-odd", map.stages().get(0).id(), Exports.touchpointLane(map))
                .title("Pay, then \"confirm\"").owner("Zoë Ångström")
                .expectations(List.of("Fast", "Clear; no surprises"))
                .painPoints(List.of(new PainPoint("Card declined, twice", 3)))
                .opportunityIds(List.of("opp-why"))
                .satisfaction(Map.of("seg-a", 2.5)).build();
        map = map.withOpportunities(List.of(Opportunity.idea("opp-why", "Say why\nthe card failed", null)))
                .withTouchpoints(List.of(odd));

        CSVRecord row = parse(Exports.export(map, ExportOptions.of(ExportFormat.CSV))).get(0);

        assertThat(row.get("Touchpoint")).isEqualTo("Pay, then \"confirm\"");
        assertThat(row.get("Lane")).isEqualTo("Touchpoints");
        assertThat(row.get("Stage")).isEqualTo(map.stages().get(0).name());
        assertThat(row.get("Owner")).isEqualTo("Zoë Ångström");
        assertThat(row.get("Expectations")).isEqualTo("Fast\nClear; no surprises");
        assertThat(row.get("Pain points")).isEqualTo("Card declined, twice (severity 3)");
        assertThat(row.get("Opportunities")).isEqualTo("Say why\nthe card failed");
        assertThat(row.get("Satisfaction: Café, \"regulars\"")).isEqualTo("2.5");
        assertThat(row.get("Expected score")).isEmpty();
    }

    @Test
    void segmentsSharingANameGetColumnsTheirIdsTellApart() throws Exception {
        JourneyMap map = Exports.template("blank").withSegments(List.of(new Segment("seg-1", "Members", "", null),
                new Segment("seg-2", "Members", "", null), new Segment("seg-3", "Guests", "", null)));

        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(new String(Exports.export(map, ExportOptions.of(ExportFormat.CSV)),
                        StandardCharsets.UTF_8).substring(1)));

        assertThat(parser.getHeaderNames()).endsWith("Satisfaction: Members (seg-1)",
                "Satisfaction: Members (seg-2)", "Satisfaction: Guests");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() throws Exception {
        JourneyMap blank = Exports.template("blank");
        Touchpoint t = Touchpoint.builder("tp-f", blank.stages().get(0).id(), Exports.touchpointLane(blank))
                .title("=HYPERLINK(\"http://example.invalid\")").owner("@team").emotion(-2).build();

        CSVRecord row = parse(Exports.export(blank.withTouchpoints(List.of(t)), ExportOptions.of(ExportFormat.CSV)))
                .get(0);

        assertThat(row.get("Touchpoint")).isEqualTo("'=HYPERLINK(\"http://example.invalid\")");
        assertThat(row.get("Owner")).isEqualTo("'@team");
        assertThat(row.get("Emotion")).as("numbers stay numbers").isEqualTo("-2");
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text.substring(1)));
        return parser.getRecords();
    }
}
