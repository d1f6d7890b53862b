package org.journeystudio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.Options;
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
        return "Compares two states of a journey map: touchpoints added, removed, moved, renamed and changed, the "
                + "emotion per stage, and satisfaction per touchpoint and segment (new - old).";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Subcommand.valued("project", "NAME", "A state from the library: the project's title or "
                        + "id, instead of a file."))
                .addOption(Subcommand.valued("version", "NAME", "After --project: that project's named version "
                        + "(or its number) instead of the project as it is now."))
                .addOption(Subcommand.valued("scenario", "NAME", "After a file or --project: show that scenario "
                        + "(\"As-is\", \"To-be\"…) instead of the one the map was left showing."))
                .addOption(Subcommand.valued("format", "FORMAT", "Output: text, json or csv (default: text)."))
                .addOption(ProjectSelector.libraryOption());
    }

    @Override
    public String footer() {
        return """
                OLD and NEW are each a map file (.journey.json or .mmd) or --project NAME, optionally followed by --scenario NAME \
                and (for a project) --version NAME. Touchpoints are matched by id, then by the link a scenario copy \
                keeps, then by title within the same stage, so files from two libraries compare too. Maps on \
                different rating scales are compared on the wider one, and the output says so.

                Examples:
                  journey-studio compare --project Shop --scenario As-is --project Shop --scenario To-be
                  journey-studio compare --project Shop --version "Before workshop" --project Shop --format json
                  journey-studio compare old.journey.json new.journey.json --format csv

                JSON: {"old", "new", "scale", "scaleNote", "touchpoints": {"added": [ids], "removed": [ids], \
                "changed": [{"id", "oldId", "title", "stage", "match", "fields": [names], "changes": [{"field", \
                "old", "new"}]}], "unchanged": count}, "opportunities": [{"kind", "title", "changes": [{"field", \
                "old", "new"}]}], "stages": [{"id", "name", "emotionOld", "emotionNew", "delta"}], "satisfaction": \
                [{"touchpoint", "title", "segment", "segmentName", "old", "new", "delta", "nOld", "nNew", \
                "apart"}]}. n is null for a rating not from a survey; apart is true when both 95% \
                intervals exist and do not overlap.
                CSV: one row per change, columns kind,touchpoint,old_id,stage,title,field,old,new,delta,n_old,n_new,\
                apart; kind is added, removed or changed (one row per changed field, named in field), emotion (one \
                row per stage, its name in stage), satisfaction (one row per touchpoint x segment, the segment in \
                field), or opportunity-added, opportunity-removed, opportunity-changed (the action plan; its title \
                in title, one row per changed field). Text that would read as a formula starts with an apostrophe.

                Exit codes:
                  0  the comparison was printed
                  1  a file or the library could not be read
                  2  wrong options, or no such project, version or scenario""";
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
        throw new UsageException("--format: expected text, json or csv, not '" + value + "'");
    }
}
