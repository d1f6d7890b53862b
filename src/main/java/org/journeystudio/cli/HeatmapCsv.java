package org.journeystudio.cli;

import java.io.PrintWriter;
import java.util.List;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.survey.Heatmap;
import org.journeystudio.survey.HeatmapCell;

/** Prints a heatmap as CSV, one line per cell, so scripts and spreadsheets can pick any statistic. */
final class HeatmapCsv {
    static final String HEADER = "touchpoint,segment,n,mean,sd,ci_low,ci_high,top2box_pct,csat_pct,nps,low_n,"
            + "not_applicable,scale";

    private HeatmapCsv() {
    }

    static void print(Heatmap heatmap, PrintWriter out) {
        out.println(HEADER);
        for (int i = 0; i < heatmap.cells().size(); i++) {
            HeatmapCell cell = heatmap.cells().get(i);
            CellStatistics s = cell.statistics();
            String scale = heatmap.ratings().get(i / heatmap.segments().size()).scale().label();
            out.println(String.join(",", List.of(quote(cell.touchpoint()), quote(cell.segment()),
                    Long.toString(s.n()), number(s.mean()), number(s.standardDeviation()), number(s.ciLow()),
                    number(s.ciHigh()), number(s.topTwoBox()), number(s.csat()), number(s.nps()),
                    Boolean.toString(s.lowN()), Long.toString(s.notApplicable()), quote(scale))));
        }
    }

    static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
