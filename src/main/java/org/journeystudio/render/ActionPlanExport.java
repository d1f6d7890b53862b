package org.journeystudio.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.journeystudio.layout.MatrixLayout;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.PriorityRule;

/**
 * The map's action plan for the trackers teams work in (see {@code docs/action-plan.md} for the columns and the
 * vendors' documentation they follow): every field in the studio's own CSV or JSON, or the columns Jira's and Azure
 * Boards' CSV importers map by name. CSV is UTF-8, RFC 4180 quoting, and free text a spreadsheet would run as a
 * formula (=, +, -, @) starts with an apostrophe.
 */
public final class ActionPlanExport {
    /** Jira's CSV importer reads dates in this pattern unless told otherwise. */
    static final DateTimeFormatter JIRA_DATE = DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH);
    static final List<String> CSV_COLUMNS = List.of("ID", "Title", "Description", "Owner", "Status", "Due date",
            "Effort", "Customer value", "Business value", "Value", "Priority", "KPI", "KPI baseline", "KPI target",
            "Evidence", "Stages", "Touchpoints", "Pain points");
    static final List<String> AZURE_COLUMNS = List.of("Work Item Type", "Title", "Description", "Assigned To",
            "Priority", "Tags");
    /** Jira's columns before the labels, which repeat once per label. */
    static final List<String> JIRA_COLUMNS = List.of("Summary", "Description", "Issue Type", "Priority", "Assignee",
            "Due date");

    private ActionPlanExport() {
    }

    public static void write(JourneyMap map, ActionPlanFormat format, PriorityRule rule, OutputStream out)
            throws IOException {
        if (format.picture()) {
            MatrixDrawing.write(map, MatrixLayout.of(map, rule, MatrixLayout.Filter.ALL, MatrixLayout.EXPORT_WIDTH,
                    MatrixLayout.EXPORT_HEIGHT), format, out);
            return;
        }
        List<ActionPlanRow> rows = ActionPlanRow.of(map, rule);
        if (format == ActionPlanFormat.JSON) {
            ActionPlanJson.write(map, rows, rule, out);
            return;
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (format == ActionPlanFormat.CSV) {
            // Excel reads UTF-8 only with the mark; the trackers' importers read the first column's name without it.
            writer.write('\uFEFF');
        }
        List<String> header = switch (format) {
            case CSV -> CSV_COLUMNS;
            case AZURE -> AZURE_COLUMNS;
            default -> jiraHeader(map, rows);
        };
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).build());
        for (ActionPlanRow row : rows) {
            List<String> cells = switch (format) {
                case CSV -> csv(row);
                case AZURE -> azure(map, row);
                default -> jira(map, row, header.size());
            };
            printer.printRecord(cells.stream().map(TouchpointCsv::text).toList());
        }
        printer.flush();
    }

    private static List<String> csv(ActionPlanRow row) {
        Opportunity o = row.opportunity();
        return List.of(o.id(), o.title(), o.description(), o.owner(), o.status().displayName(),
                o.due() == null ? "" : o.due().toString(), rating(o.effort()), rating(o.customerValue()),
                rating(o.businessValue()), number(row.value()), number(row.priority()), o.kpi().name(),
                o.kpi().baseline(), o.kpi().target(), o.evidence().name().toLowerCase(Locale.ROOT),
                String.join("\n", row.stages()), String.join("\n", row.touchpoints()),
                String.join("\n", row.painPoints()));
    }

    private static List<String> jiraHeader(JourneyMap map, List<ActionPlanRow> rows) {
        int labels = rows.stream().mapToInt(r -> ActionPlanText.labels(map, r).size()).max().orElse(1);
        List<String> header = new ArrayList<>(JIRA_COLUMNS);
        for (int i = 0; i < Math.max(1, labels); i++) {
            header.add("Labels");
        }
        return header;
    }

    private static List<String> jira(JourneyMap map, ActionPlanRow row, int width) {
        Opportunity o = row.opportunity();
        List<String> cells = new ArrayList<>(List.of(o.title(), ActionPlanText.details(row), "Task",
                ActionPlanText.jiraPriority(row.priority()), o.owner(),
                o.due() == null ? "" : JIRA_DATE.format(o.due().atStartOfDay())));
        cells.addAll(ActionPlanText.labels(map, row));
        while (cells.size() < width) {
            cells.add("");
        }
        return cells;
    }

    private static List<String> azure(JourneyMap map, ActionPlanRow row) {
        Opportunity o = row.opportunity();
        return List.of("Issue", o.title(), ActionPlanText.html(ActionPlanText.details(row)), o.owner(),
                ActionPlanText.azurePriority(row.priority()), String.join("; ", ActionPlanText.tags(map, row)));
    }

    private static String rating(Integer value) {
        return value == null ? "" : value.toString();
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
