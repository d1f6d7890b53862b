package org.journeystudio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.i18n.Messages;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.survey.Heatmap;

/** Prints a heatmap as an aligned text matrix: one row per touchpoint, "mean (n)" per segment. */
final class HeatmapTable {
    static final String LOW_N_MARK = "*";

    private HeatmapTable() {
    }

    static void print(Heatmap heatmap, int lowN, PrintWriter out) {
        List<String> header = new ArrayList<>();
        header.add(Messages.text("cli.heatmapTouchpoint"));
        heatmap.segments().forEach(s -> header.add(s.equals(Heatmap.ALL) ? Messages.text("cli.heatmapAll") : s));
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
        out.println(Messages.text(anyLow ? "cli.heatmapCellsLowN" : "cli.heatmapCells", LOW_N_MARK, lowN) + " "
                + Messages.text(heatmap.badRowCount() > 0 ? "cli.heatmapRowsSkipped" : "cli.heatmapRows",
                heatmap.rowsRead(), heatmap.badRowCount()));
        for (int t = 0; t < heatmap.touchpoints().size(); t++) {
            String touchpoint = heatmap.touchpoints().get(t);
            out.println(Messages.text("cli.heatmapScale", touchpoint, heatmap.ratings().get(t).scale().label(),
                    heatmap.cell(touchpoint, Heatmap.ALL).statistics().notApplicable()));
        }
    }

    private static String cell(CellStatistics stats) {
        if (stats.n() == 0) {
            return "- (0)" + LOW_N_MARK;
        }
        // For a reader: the language's decimal comma; --format csv or json keep the machine's point.
        return Messages.number(stats.mean(), 2) + " (" + stats.n() + ")" + (stats.lowN() ? LOW_N_MARK : "");
    }
}
