package org.journeystudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Kpi;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** The action plan's dialects parsed back with Commons CSV (and Jackson): header and every field of every row. */
@FastTest
class ActionPlanExportTest {
    /** Commas, quotes, a line break and a leading "=" in one text: what a spreadsheet or an importer must survive. */
    private static final String AWKWARD = "=Say \"why\", then\nretry";

    /** The checkout sample: "Explain declines" (a note) and an awkward opportunity with every field, on a pain point. */
    private static JourneyMap plan() {
        JourneyMap map = SampleMaps.checkout();
        Opportunity full = new Opportunity("opp-full", "Decline reasons, in words", AWKWARD, "ana@example.com",
                OpportunityStatus.IN_PROGRESS, LocalDate.parse("2027-03-31"), 2, 5, 3,
                new Kpi("CSAT at payment", "3.1", "4.0"), Evidence.OBSERVED);
        Touchpoint pay = map.touchpoint("tp-pay").orElseThrow();
        List<Opportunity> plan = new ArrayList<>(map.opportunities());
        plan.add(full);
        return map.withOpportunities(plan).withTouchpoint(pay.toBuilder().painPoints(List.of(
                pay.painPoints().get(0).withOpportunityIds(List.of("opp-full")))).build());
    }

    private static String export(JourneyMap map, ActionPlanFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ActionPlanExport.write(map, format, PriorityRule.DEFAULT, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> rows(String csv) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            assertThat(parser.getHeaderNames()).isNotEmpty();
            return parser.getRecords();
        }
    }

    @Test
    void jiraGetsItsColumnsByNameWithOneLabelsColumnPerLabel() throws Exception {
        String csv = export(plan(), ActionPlanFormat.JIRA);

        assertThat(csv).doesNotStartWith("\uFEFF")
                .startsWith("Summary,Description,Issue Type,Priority,Assignee,Due date,Labels,Labels\r\n");
        List<CSVRecord> rows = rows(csv);
        assertThat(rows).hasSize(2);
        CSVRecord note = rows.get(0);
        assertThat(note.values()).containsExactly("Explain declines", "Status in Journey Studio: Idea\n\n"
                + "Effort –, customer value –, business value – (1–5)\n\nTouchpoints: Pay", "Task", "", "", "",
                "journey-checkout", "stage-buy");
        CSVRecord full = rows.get(1);
        assertThat(full.get("Summary")).isEqualTo("Decline reasons, in words");
        assertThat(full.get("Description")).isEqualTo("'" + AWKWARD + "\n\nStatus in Journey Studio: In progress\n\n"
                + "KPI: CSAT at payment 3.1 → 4.0\n\nEffort 2, customer value 5, business value 3 (1–5)\n\n"
                + "Touchpoints: Pay\n\nPain points: Card declined without reason");
        assertThat(full.get("Issue Type")).isEqualTo("Task");
        assertThat(full.get("Priority")).as("value 4 ÷ effort 2").isEqualTo("Highest");
        assertThat(full.get("Assignee")).isEqualTo("ana@example.com");
        assertThat(full.get("Due date")).isEqualTo("31/Mar/27 12:00 AM");
        assertThat(List.of(full.get(6), full.get(7))).containsExactly("journey-checkout", "stage-buy");
    }

    @Test
    void azureGetsTheColumnsItsImportReadsWithSemicolonTagsAndAnHtmlDescription() throws Exception {
        List<CSVRecord> rows = rows(export(plan(), ActionPlanFormat.AZURE));

        CSVRecord full = rows.get(1);
        assertThat(full.getParser().getHeaderNames()).containsExactly("Work Item Type", "Title", "Description",
                "Assigned To", "Priority", "Tags");
        assertThat(full.values()).containsExactly("Issue", "Decline reasons, in words",
                "'=Say \"why\", then<br>retry<br><br>Status in Journey Studio: In progress<br><br>"
                        + "KPI: CSAT at payment 3.1 → 4.0<br><br>Effort 2, customer value 5, business value 3 (1–5)"
                        + "<br><br>Touchpoints: Pay<br><br>Pain points: Card declined without reason",
                "ana@example.com", "1", "Journey: Checkout; Stage: Buy");
        assertThat(rows.get(0).get("Priority")).as("not rated: the process's default").isEmpty();
    }

    @Test
    void theStudiosCsvCarriesEveryFieldAndTheLinks() throws Exception {
        String csv = export(plan(), ActionPlanFormat.CSV);

        assertThat(csv).startsWith("\uFEFFID,Title,Description,Owner,Status,Due date,Effort,Customer value,"
                + "Business value,Value,Priority,KPI,KPI baseline,KPI target,Evidence,Stages,Touchpoints,Pain points");
        CSVRecord full = rows(csv).get(1);
        assertThat(full.values()).containsExactly("opp-full", "Decline reasons, in words", "'" + AWKWARD,
                "ana@example.com", "In progress", "2027-03-31", "2", "5", "3", "4", "2", "CSAT at payment", "3.1",
                "4.0", "observed", "Buy", "Pay", "Card declined without reason");
    }

    @Test
    void theJsonCarriesEveryFieldAndWhatEachOpportunityAddresses() throws Exception {
        JsonNode json = new ObjectMapper().readTree(export(plan(), ActionPlanFormat.JSON));

        assertThat(json.get("schema").asInt()).isEqualTo(1);
        assertThat(json.get("priorityRule").asText()).startsWith("Priority = value ÷ effort");
        JsonNode full = json.get("opportunities").get(1);
        assertThat(full.get("description").asText()).isEqualTo(AWKWARD);
        assertThat(full.get("status").asText()).isEqualTo("in-progress");
        assertThat(full.get("priority").asDouble()).isEqualTo(2.0);
        assertThat(full.get("kpi").get("target").asText()).isEqualTo("4.0");
        JsonNode pay = full.get("addresses").get(0);
        assertThat(pay.get("touchpointId").asText()).isEqualTo("tp-pay");
        assertThat(pay.get("asAWhole").asBoolean()).isFalse();
        assertThat(pay.get("painPoints").get(0).asText()).isEqualTo("Card declined without reason");
        assertThat(json.get("opportunities").get(0).get("effort").isNull()).isTrue();
    }

    @Test
    void thePriorityIsTheWeightedValueOverTheEffort() {
        Opportunity o = Opportunity.idea("o", "x", null).withCustomerValue(5).withBusinessValue(2).withEffort(2);

        assertThat(PriorityRule.DEFAULT.value(o)).isEqualTo(3.5);
        assertThat(PriorityRule.DEFAULT.priority(o)).isEqualTo(1.75);
        assertThat(new PriorityRule(1).priority(o)).isEqualTo(2.5);
        assertThat(PriorityRule.DEFAULT.priority(o.withBusinessValue(null))).as("one value alone").isEqualTo(2.5);
        assertThat(PriorityRule.DEFAULT.priority(o.withEffort(null))).isNull();
        assertThat(List.of(o.withEffort(null), o.withEffort(5), o).stream().sorted(PriorityRule.DEFAULT.highestFirst())
                .map(Opportunity::effort).toList()).containsExactly(2, 5, null);
    }
}
