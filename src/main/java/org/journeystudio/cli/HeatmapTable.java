package org.journeystudio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.survey.Heatmap;

/** Prints a heatmap as an aligned text matrix: one row per touchpoint, "mean (n)" per segment. */
final class HeatmapTable {
    static final String LOW_N_MARK = "*";

    private HeatmapTable() {
    }

    static void print(Heatmap heatmap, int lowN, PrintWriter out) {
        List<String> header = new ArrayList<>();
        header.add("Touchpoint");
        header.addAll(heatmap.segments());
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        boolean anyLow = false;
        for (String touchpoint : heatmap.touchpoints()) {
            List<String> row = new ArrayList<>();
            row.add(touchpoint);
            for (String segment : heatmap.segments()) {
                CellStatistics stats = heatmap.cell(touchpoint, segment).statistics();
                row.add(cell(stats));
                anyLow |= stats.lowN();
            }
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String text = row.get(c);
                if (c == 0) {
                    line.append(text).append(" ".repeat(widths[c] - text.length()));
                } else {
                    line.append("  ").append(" ".repeat(widths[c] - text.length())).append(text);
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.println("Cells: mean rating (n)" + (anyLow ? "; " + LOW_N_MARK + " fewer than " + lowN + " answers" : "")
                + ". Rows read: " + heatmap.rowsRead() + (heatmap.badRowCount() > 0
                ? ", skipped: " + heatmap.badRowCount() : "") + ".");
        for (int t = 0; t < heatmap.touchpoints().size(); t++) {
            String touchpoint = heatmap.touchpoints().get(t);
            out.println(touchpoint + ": scale " + heatmap.ratings().get(t).scale().label() + "; not applicable: "
                    + heatmap.cell(touchpoint, Heatmap.ALL).statistics().notApplicable() + ".");
        }
    }

    private static String cell(CellStatistics stats) {
        if (stats.n() == 0) {
            return "- (0)" + LOW_N_MARK;
        }
        return String.format(Locale.ROOT, "%.2f (%d)%s", stats.mean(), stats.n(), stats.lowN() ? LOW_N_MARK : "");
    }
}
