package org.journeystudio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.Options;
import org.journeystudio.i18n.Messages;
import org.journeystudio.compare.MapComparison;
import org.journeystudio.render.CompareCsv;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.usecase.CompareStates;
import org.journeystudio.usecase.JourneyFiles;
import org.journeystudio.usecase.StateNotFoundException;

/** {@code journey-studio compare OLD NEW}: what changed between two states of a map, headless. */
final class CompareCommand implements Subcommand {

    /** Output formats. */
    enum Format { text, json, csv }

    /** The JSON output's fields and the CSV's columns, named in the help as they are (machine words). */
    private static final String JSON_FIELDS = """
            {"old", "new", "scale", "scaleNote", "touchpoints": {"added": [ids], "removed": [ids], \
            "changed": [{"id", "oldId", "title", "stage", "match", "fields": [names], "changes": [{"field", \
            "old", "new"}]}], "unchanged": count}, "opportunities": [{"kind", "title", "changes": [{"field", \
            "old", "new"}]}], "stages": [{"id", "name", "emotionOld", "emotionNew", "delta"}], "satisfaction": \
            [{"touchpoint", "title", "segment", "segmentName", "old", "new", "delta", "nOld", "nNew", \
            "apart"}]}""";
    private static final String CSV_COLUMNS = "kind,touchpoint,old_id,stage,title,field,old,new,delta,n_old,n_new,apart";

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String synopsis() {
        return "OLD NEW [--format text|json|csv] [--library DIR]";
    }

    @Override
    public String description() {
        return Messages.text("help.compare.description");
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Subcommand.valued("project", "NAME", Messages.text("help.compare.option.project")))
                .addOption(Subcommand.valued("version", "NAME", Messages.text("help.compare.option.version")))
                .addOption(Subcommand.valued("scenario", "NAME", Messages.text("help.compare.option.scenario")))
                .addOption(Subcommand.valued("format", "FORMAT", Messages.text("help.compare.option.format")))
                .addOption(ProjectSelector.libraryOption());
    }

    @Override
    public String footer() {
        return Messages.text("help.compare.matching") + "\n\n" + Subcommand.examples(
                "journey-studio compare --project Shop --scenario As-is --project Shop --scenario To-be",
                "journey-studio compare --project Shop --version \"Before workshop\" --project Shop --format json",
                "journey-studio compare old.journey.json new.journey.json --format csv")
                + "\n\n" + Messages.text("help.compare.json", JSON_FIELDS) + "\n"
                + Messages.text("help.compare.csv", CSV_COLUMNS) + "\n\n" + Messages.text("help.compare.exitCodes");
    }

    @Override
    public int run(CommandCall call) throws Exception {
        Format format = format(call.value("format"));
        List<CompareSides.Side> sides = CompareSides.read(call.tokens());
        List<CompareStates.State> states = new ArrayList<>();
        boolean needsLibrary = sides.stream().anyMatch(s -> s.project() != null);
        try (JdbcLibrary library = needsLibrary ? call.openLibrary() : null) {
            for (CompareSides.Side side : sides) {
                states.add(state(side, library));
            }
        } catch (StateNotFoundException e) {
            throw new UsageException(e.getMessage());
        }
        MapComparison comparison = CompareStates.compare(states.get(0), states.get(1));
        PrintWriter out = call.out();
        String before = states.get(0).label();
        String after = states.get(1).label();
        switch (format) {
            case text -> CompareText.print(comparison, before, after, out);
            case json -> CompareJson.print(comparison, before, after, out);
            case csv -> CompareCsv.write(comparison, out, ExportMonitor.NONE);
        }
        out.flush();
        return 0;
    }

    private static CompareStates.State state(CompareSides.Side side, JdbcLibrary library) throws Exception {
        if (side.file() != null) {
            return CompareStates.file(JourneyFiles.json(), CommandCall.toPath(side.file(), "OLD/NEW"),
                    side.scenario());
        }
        String projectId = ProjectSelector.find(library, side.project()).id();
        return new CompareStates(library).project(projectId, side.version(), side.scenario());
    }

    private static Format format(String value) {
        if (value == null) {
            return Format.text;
        }
        for (Format format : Format.values()) {
            if (format.name().equalsIgnoreCase(value.strip())) {
                return format;
            }
        }
        throw new UsageException(Messages.text("cli.formatExpected", "text, json", "csv", value));
    }
}
