package org.journeystudio.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.journeystudio.compare.FieldChange;
import org.journeystudio.compare.OpportunityChange;
import org.journeystudio.compare.SatisfactionDelta;
import org.journeystudio.compare.StageEmotion;

/**
 * The compare view as one spreadsheet table, filterable by its first column: a row per changed field (or per
 * added or removed touchpoint), a row per stage's emotion, a row per delta-heatmap cell, and a row per changed
 * field of the action plan's opportunities (or per added or removed one). Written like the
 * map's CSV: UTF-8 with a byte-order mark, RFC 4180 quoting, numbers with a decimal point.
 */
public final class CompareCsv {
    public static final List<String> HEADER = List.of("Section", "Stage", "Touchpoint ID", "Touchpoint", "Change",
            "Field or segment", "Old", "New", "Delta", "n old", "n new", "95% intervals apart");
    public static final String CHANGES = "Touchpoint change";
    public static final String EMOTION = "Emotion by stage";
    public static final String SATISFACTION = "Satisfaction change";
    public static final String OPPORTUNITY = "Opportunity change";

    private CompareCsv() {
    }

    static void write(CompareLayout layout, OutputStream out, ExportMonitor monitor) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).build());
        ExportProgress progress = new ExportProgress(monitor, layout.changes().size()
                + layout.comparison().stages().size() + layout.comparison().satisfaction().size()
                + layout.comparison().opportunities().size());
        for (CompareChanges.StageChanges stage : layout.changes()) {
            for (CompareChanges.Entry entry : stage.entries()) {
                String kinds = String.join(", ", entry.kinds().stream().map(CompareChanges.Kind::label).toList());
                if (entry.fields().isEmpty()) {
                    printer.printRecord(row(CHANGES, stage.stage(), entry.touchpointId(), entry.title(), kinds, "",
                            "", "", "", "", "", ""));
                }
                for (FieldChange field : entry.fields()) {
                    printer.printRecord(row(CHANGES, stage.stage(), entry.touchpointId(), entry.title(), kinds,
                            CompareChanges.fieldLabel(field.field()), field.before(), field.after(), "", "", "", ""));
                }
            }
            progress.step();
        }
        for (StageEmotion stage : layout.comparison().stages()) {
            printer.printRecord(with(row(EMOTION, stage.stage(), "", "", "", ""), number(stage.before()),
                    number(stage.after()), number(stage.delta()), "", "", ""));
            progress.step();
        }
        for (SatisfactionDelta d : layout.comparison().satisfaction()) {
            printer.printRecord(with(row(SATISFACTION, "", d.touchpointId(), d.touchpoint(), "", d.segment()),
                    number(d.before()), number(d.after()), number(d.delta()), count(d.nBefore()), count(d.nAfter()),
                    d.apart() == null ? "" : d.apart() ? "yes" : "no"));
            progress.step();
        }
        for (OpportunityChange change : layout.comparison().opportunities()) {
            // The opportunity's title stands in the Touchpoint column: the column a reader filters by name.
            String kind = change.kind().substring(0, 1).toUpperCase(Locale.ROOT) + change.kind().substring(1);
            if (change.fields().isEmpty()) {
                printer.printRecord(row(OPPORTUNITY, "", "", change.title(), kind, "", "", "", "", "", "", ""));
            }
            for (FieldChange field : change.fields()) {
                printer.printRecord(row(OPPORTUNITY, "", "", change.title(), kind, field.field(), field.before(),
                        field.after(), "", "", "", ""));
            }
            progress.step();
        }
        printer.flush();
    }

    /** Free text guarded against formula injection, as in the map's CSV. */
    private static List<String> row(String... values) {
        List<String> row = new ArrayList<>();
        for (String value : values) {
            row.add(TouchpointCsv.text(value));
        }
        return row;
    }

    /** Numbers and flags after the text columns, as they are: a spreadsheet must read "-0.50" as a number. */
    private static List<String> with(List<String> text, String... values) {
        List<String> row = new ArrayList<>(text);
        row.addAll(List.of(values));
        return row;
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String count(Long n) {
        return n == null ? "" : String.valueOf(n);
    }
}
