package org.journeystudio.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.journeystudio.compare.FieldChange;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.compare.OpportunityChange;
import org.journeystudio.compare.SatisfactionDelta;
import org.journeystudio.compare.StageEmotion;
import org.journeystudio.compare.TouchpointChange;

/**
 * A comparison as CSV, the layout {@code journey-studio compare --help} documents and the compare window exports:
 * one row per change so a spreadsheet can filter by kind: added, removed, changed (one row per field), emotion (per
 * stage), satisfaction (per touchpoint × segment) and the action plan's opportunity-added, opportunity-removed and
 * opportunity-changed (one row per field, the opportunity's title in the title column). RFC 4180 quoting; text
 * that would read as a formula starts with an apostrophe, numbers are written as they are.
 */
public final class CompareCsv {
    public static final List<String> HEADER = List.of("kind", "touchpoint", "old_id", "stage", "title", "field",
            "old", "new", "delta", "n_old", "n_new", "apart");

    private CompareCsv() {
    }

    /** Writes the header and the rows to {@code out} (flushed, not closed). */
    public static void write(MapComparison comparison, Appendable out, ExportMonitor monitor) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).build());
        ExportProgress progress = new ExportProgress(monitor == null ? ExportMonitor.NONE : monitor,
                comparison.added().size() + comparison.removed().size() + comparison.changed().size()
                        + comparison.stages().size() + comparison.satisfaction().size()
                        + comparison.opportunities().size());
        for (TouchpointChange t : comparison.added()) {
            printer.printRecord(row(texts("added", t.afterId(), "", t.stage(), t.title(), "", "", "")));
            progress.step();
        }
        for (TouchpointChange t : comparison.removed()) {
            printer.printRecord(row(texts("removed", "", t.beforeId(), t.stage(), t.title(), "", "", "")));
            progress.step();
        }
        for (TouchpointChange t : comparison.changed()) {
            for (FieldChange f : t.fields()) {
                printer.printRecord(row(texts("changed", t.afterId(), t.beforeId(), t.stage(), t.title(), f.field(),
                        f.before(), f.after())));
            }
            progress.step();
        }
        for (StageEmotion s : comparison.stages()) {
            printer.printRecord(row(texts("emotion", "", "", s.stage(), "", ""), number(s.before()),
                    number(s.after()), number(s.delta())));
            progress.step();
        }
        for (SatisfactionDelta d : comparison.satisfaction()) {
            printer.printRecord(row(texts("satisfaction", d.touchpointId(), "", "", d.touchpoint(), d.segment()),
                    number(d.before()), number(d.after()), number(d.delta()), text(d.nBefore()), text(d.nAfter()),
                    text(d.apart())));
            progress.step();
        }
        for (OpportunityChange o : comparison.opportunities()) {
            String kind = "opportunity-" + o.kind();
            if (o.fields().isEmpty()) {
                printer.printRecord(row(texts(kind, "", "", "", o.title(), "", "", "")));
            }
            for (FieldChange f : o.fields()) {
                printer.printRecord(row(texts(kind, "", "", "", o.title(), f.field(), f.before(), f.after())));
            }
            progress.step();
        }
        printer.flush();
    }

    /** The window's file: UTF-8 with the byte-order mark spreadsheets look for, like the map's CSV. */
    static void write(MapComparison comparison, OutputStream out, ExportMonitor monitor) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        write(comparison, writer, monitor);
        writer.flush();
    }

    /** The leading text columns, free text guarded against formula injection as in the map's CSV. */
    private static List<String> texts(String... values) {
        List<String> row = new ArrayList<>();
        for (String value : values) {
            row.add(TouchpointCsv.text(value == null ? "" : value));
        }
        return row;
    }

    /** The text columns, then the numbers and flags as they are (a spreadsheet must read "-0.5" as a number). */
    private static List<String> row(List<String> texts, String... numbers) {
        List<String> row = new ArrayList<>(texts);
        row.addAll(List.of(numbers));
        while (row.size() < HEADER.size()) {
            row.add("");
        }
        return row;
    }

    /** Four decimals at most (4.1 - 3.2 is 0.9), no trailing zeros, a point whatever the language: "2.2", "3". */
    private static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
