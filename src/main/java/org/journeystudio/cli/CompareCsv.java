package org.journeystudio.cli;

import java.io.PrintWriter;
import java.util.List;
import org.journeystudio.compare.FieldChange;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.compare.OpportunityChange;
import org.journeystudio.compare.SatisfactionDelta;
import org.journeystudio.compare.StageEmotion;
import org.journeystudio.compare.TouchpointChange;
import org.journeystudio.render.TouchpointCsv;

/**
 * Prints a comparison as CSV, one row per change so a spreadsheet can filter by kind: added, removed, changed
 * (one row per field), emotion (per stage), satisfaction (per touchpoint × segment) and the action plan's
 * opportunity-added, opportunity-removed and opportunity-changed (one row per field), titled in the title column.
 */
final class CompareCsv {
    static final String HEADER = "kind,touchpoint,old_id,stage,title,field,old,new,delta,n_old,n_new,apart";

    private CompareCsv() {
    }

    static void print(MapComparison comparison, PrintWriter out) {
        out.println(HEADER);
        for (TouchpointChange t : comparison.added()) {
            row(out, "added", t.afterId(), "", t.stage(), t.title(), "", "", "", "", "", "", "");
        }
        for (TouchpointChange t : comparison.removed()) {
            row(out, "removed", "", t.beforeId(), t.stage(), t.title(), "", "", "", "", "", "", "");
        }
        for (TouchpointChange t : comparison.changed()) {
            for (FieldChange f : t.fields()) {
                row(out, "changed", t.afterId(), t.beforeId(), t.stage(), t.title(), f.field(), f.before(), f.after(),
                        "", "", "", "");
            }
        }
        for (StageEmotion s : comparison.stages()) {
            row(out, "emotion", "", "", s.stage(), "", "", number(s.before()), number(s.after()), number(s.delta()),
                    "", "", "");
        }
        for (SatisfactionDelta d : comparison.satisfaction()) {
            row(out, "satisfaction", d.touchpointId(), "", "", d.touchpoint(), d.segment(), number(d.before()),
                    number(d.after()), number(d.delta()), text(d.nBefore()), text(d.nAfter()), text(d.apart()));
        }
        for (OpportunityChange o : comparison.opportunities()) {
            String kind = "opportunity-" + o.kind();
            if (o.fields().isEmpty()) {
                row(out, kind, "", "", "", TouchpointCsv.text(o.title()), "", "", "", "", "", "", "");
            }
            for (FieldChange f : o.fields()) {
                row(out, kind, "", "", "", TouchpointCsv.text(o.title()), f.field(), TouchpointCsv.text(f.before()),
                        TouchpointCsv.text(f.after()), "", "", "", "");
            }
        }
    }

    private static void row(PrintWriter out, String... cells) {
        out.println(String.join(",", List.of(cells).stream().map(HeatmapCsv::quote).toList()));
    }

    private static String number(Double value) {
        return value == null ? "" : CompareText.plain(value);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
