package org.journeystudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.journeystudio.model.RatingScale;
import org.journeystudio.survey.BadRow;
import org.journeystudio.survey.Heatmap;
import org.journeystudio.survey.HeatmapOptions;
import org.journeystudio.survey.LabelVariants;
import org.journeystudio.survey.NotApplicableCodes;
import org.journeystudio.survey.SurveyException;
import org.journeystudio.survey.SurveyHeatmaps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code heatmap}: reads a survey export and prints touchpoints × segments, headless. */
@Command(name = "heatmap", mixinStandardHelpOptions = true,
        description = {"Reads a survey export (Google Forms, SurveyMonkey, Qualtrics, Typeform or a plain "
                + "spreadsheet CSV) and prints the satisfaction heatmap: touchpoints × segments plus All."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the heatmap was printed", "1:the survey could not be read or had bad rows",
            "2:wrong options"})
public class HeatmapCommand implements Callable<Integer> {
    /** How many bad rows are listed on the error output before "and N more". */
    static final int BAD_ROWS_SHOWN = 10;

    /** Output formats. */
    enum Format { table, csv, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SURVEY.csv", description = "The survey export to read.")
    Path survey;

    @Option(names = "--segment", required = true, paramLabel = "COLUMN",
            description = "Segment column; give it twice for cross segments (A × B).")
    List<String> segments;

    @Option(names = "--ratings", split = ",", paramLabel = "COL",
            description = "Rating columns (comma-separated); detected from the answers when left out.")
    List<String> ratings = List.of();

    @Option(names = "--scale", paramLabel = "SCALE",
            description = "Rating scale of every rating column: 1-5, 1-7 or 0-10 (default: chosen per column).")
    String scale;

    @Option(names = "--na", paramLabel = "CODES",
            description = "Comma-separated answers meaning not applicable (default: empty, N/A, and 0 on 1-5).")
    String notApplicable;

    @Option(names = "--low-n", paramLabel = "N", defaultValue = "" + HeatmapOptions.DEFAULT_LOW_N,
            description = "Cells with fewer answers are marked as low n (default: ${DEFAULT-VALUE}).")
    int lowN;

    @Option(names = "--skip-bad-rows",
            description = "Leave out rows that cannot be read (listed on the error output) instead of failing.")
    boolean skipBadRows;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        HeatmapOptions options = options();
        PrintWriter err = spec.commandLine().getErr();
        Heatmap heatmap;
        try {
            heatmap = SurveyHeatmaps.build(survey, options);
        } catch (SurveyException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (heatmap.badRowCount() > 0) {
            listBadRows(heatmap, err);
            if (!skipBadRows) {
                err.println("error: " + heatmap.badRowCount() + " row(s) of " + survey + " cannot be read; fix "
                        + "them or run again with --skip-bad-rows to leave them out");
                err.flush();
                return 1;
            }
        }
        for (LabelVariants variants : heatmap.variants()) {
            err.println("note: '" + variants.column() + "': " + variants.spellings().keySet().stream()
                    .map(s -> "\"" + s + "\"").toList() + " counted as " + variants.label());
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> HeatmapTable.print(heatmap, lowN, out);
            case csv -> HeatmapCsv.print(heatmap, out);
            case json -> HeatmapJson.print(heatmap, out);
        }
        out.flush();
        return 0;
    }

    private HeatmapOptions options() {
        if (segments.size() > 2) {
            throw new ParameterException(spec.commandLine(),
                    "--segment can be given once or twice (for A × B), not " + segments.size() + " times");
        }
        RatingScale ratingScale = null;
        if (scale != null) {
            try {
                ratingScale = RatingScale.fromLabel(scale);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--scale: " + e.getMessage());
            }
        }
        if (lowN < 0) {
            throw new ParameterException(spec.commandLine(), "--low-n cannot be negative: " + lowN);
        }
        NotApplicableCodes codes = notApplicable == null ? NotApplicableCodes.defaults()
                : NotApplicableCodes.parse(notApplicable);
        return HeatmapOptions.forSegments(segments.toArray(String[]::new))
                .withRatings(ratings.stream().map(String::trim).filter(s -> !s.isEmpty()).toList())
                .withScale(ratingScale)
                .withNotApplicable(codes)
                .withLowNThreshold(lowN);
    }

    private void listBadRows(Heatmap heatmap, PrintWriter err) {
        List<BadRow> shown = heatmap.badRows().subList(0, Math.min(BAD_ROWS_SHOWN, heatmap.badRows().size()));
        for (BadRow row : shown) {
            err.println(survey + ":" + row.line() + ": " + row.reason());
        }
        if (heatmap.badRowCount() > shown.size()) {
            err.println("... and " + (heatmap.badRowCount() - shown.size()) + " more bad row(s)");
        }
    }
}
