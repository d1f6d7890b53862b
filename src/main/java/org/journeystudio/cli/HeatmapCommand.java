package org.journeystudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.Options;
import org.journeystudio.i18n.Messages;
import org.journeystudio.survey.BadRow;
import org.journeystudio.survey.Heatmap;
import org.journeystudio.survey.HeatmapOptions;
import org.journeystudio.survey.LabelVariants;
import org.journeystudio.survey.SurveyException;
import org.journeystudio.survey.SurveyHeatmaps;

/** {@code heatmap}: reads a survey export and prints touchpoints × segments, headless. */
final class HeatmapCommand implements Subcommand {
    /** How many bad rows are listed on the error output before "and N more". */
    static final int BAD_ROWS_SHOWN = 10;

    /** Output formats. */
    enum Format { table, csv, json }

    @Override
    public String name() {
        return "heatmap";
    }

    @Override
    public String synopsis() {
        return "SURVEY.csv --segment COLUMN [--segment COLUMN2] [OPTIONS]";
    }

    @Override
    public String description() {
        return Messages.text("help.heatmap.description");
    }

    @Override
    public Options options() {
        return SurveyOptions.add(new Options())
                .addOption(Subcommand.valued("low-n", "N", Messages.text("help.heatmap.option.lowN",
                        HeatmapOptions.DEFAULT_LOW_N)))
                .addOption(Subcommand.valued("format", "FORMAT", Messages.text("help.heatmap.option.format")));
    }

    @Override
    public String footer() {
        return Messages.text("help.heatmap.footer");
    }

    @Override
    public int run(CommandCall call) {
        List<String> files = call.arguments();
        if (files.size() != 1) {
            throw new UsageException(Messages.text("cli.oneSurveyFile", files.size()));
        }
        Path survey = CommandCall.toPath(files.get(0), "SURVEY.csv");
        HeatmapOptions options = options(call);
        Format format = format(call.value("format"));
        int lowN = options.lowNThreshold();
        PrintWriter err = call.err();
        Heatmap heatmap;
        try {
            heatmap = SurveyHeatmaps.build(survey, options);
        } catch (SurveyException e) {
            err.println(Messages.text("cli.error", e.getMessage()));
            err.flush();
            return 1;
        }
        if (heatmap.badRowCount() > 0) {
            listBadRows(survey, heatmap, err);
            if (!call.has("skip-bad-rows")) {
                err.println(Messages.text("cli.badRows", heatmap.badRowCount(), survey));
                err.flush();
                return 1;
            }
        }
        if (heatmap.rowsRead() == heatmap.badRowCount()) {
            err.println(heatmap.rowsRead() == 0 ? Messages.text("cli.noAnswerRows", survey)
                    : Messages.text("cli.allRowsLeftOut", survey, heatmap.rowsRead()));
            err.flush();
            return 1;
        }
        for (LabelVariants variants : heatmap.variants()) {
            err.println(Messages.text("cli.countedAs", variants.column(), variants.spellings().keySet().stream()
                    .map(s -> "\"" + s + "\"").toList(), variants.label()));
        }
        err.flush();
        PrintWriter out = call.out();
        switch (format) {
            case table -> HeatmapTable.print(heatmap, lowN, out);
            case csv -> HeatmapCsv.print(heatmap, out);
            case json -> HeatmapJson.print(heatmap, out);
        }
        out.flush();
        return 0;
    }

    private static Format format(String value) {
        if (value == null) {
            return Format.table;
        }
        for (Format format : Format.values()) {
            if (format.name().equalsIgnoreCase(value.strip())) {
                return format;
            }
        }
        throw new UsageException(Messages.text("cli.formatExpected", "table, csv", "json", value));
    }

    private static HeatmapOptions options(CommandCall call) {
        List<String> segments = SurveyOptions.segments(call);
        int lowN = call.intValue("low-n", HeatmapOptions.DEFAULT_LOW_N);
        if (lowN < 0) {
            throw new UsageException(Messages.text("cli.lowNNegative", lowN));
        }
        return HeatmapOptions.forSegments(segments.toArray(String[]::new))
                .withRatings(SurveyOptions.ratings(call))
                .withScale(SurveyOptions.scale(call))
                .withLabelOrders(SurveyOptions.labelOrders(call))
                .withNotApplicable(SurveyOptions.notApplicable(call))
                .withLowNThreshold(lowN);
    }

    private static void listBadRows(Path survey, Heatmap heatmap, PrintWriter err) {
        List<BadRow> shown = heatmap.badRows().subList(0, Math.min(BAD_ROWS_SHOWN, heatmap.badRows().size()));
        for (BadRow row : shown) {
            err.println(Messages.text("cli.badRow", survey, row.line(), row.reason()));
        }
        if (heatmap.badRowCount() > shown.size()) {
            err.println(Messages.text("cli.moreBadRows", heatmap.badRowCount() - shown.size()));
        }
    }
}
