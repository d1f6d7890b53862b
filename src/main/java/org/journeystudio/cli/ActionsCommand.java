package org.journeystudio.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.Options;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.render.ActionPlanExport;
import org.journeystudio.render.ActionPlanFormat;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.usecase.ExportActionPlan;
import org.journeystudio.usecase.JourneyFiles;
import org.journeystudio.usecase.MapFileReader;
import org.journeystudio.usecase.OpenProject;

/**
 * {@code journey-studio actions FILE|--project NAME --format csv|jira|azure|json [--out FILE]}, and the value–effort
 * matrix as a picture: {@code --format matrix-png|matrix-svg|matrix-pdf --out FILE}.
 */
final class ActionsCommand implements Subcommand {
    @Override
    public String name() {
        return "actions";
    }

    @Override
    public String synopsis() {
        return "MAP.journey.json|--project NAME --format csv|jira|azure|json|matrix-png|matrix-svg|matrix-pdf"
                + " [--out FILE] [--library DIR]";
    }

    @Override
    public String description() {
        return Messages.text("help.actions.description");
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Subcommand.valued("project", "NAME", Messages.text("help.actions.option.project")))
                .addOption(Subcommand.valued("format", "FORMAT", Messages.text("help.actions.option.format")))
                .addOption(Subcommand.valued("out", "FILE", Messages.text("help.actions.option.out")))
                .addOption(ProjectSelector.libraryOption());
    }

    @Override
    public String footer() {
        return "\n" + Subcommand.examples(
                "journey-studio actions shop.journey.json --format jira --out shop-jira.csv",
                "journey-studio actions shop.journey.json --format matrix-svg --out shop-matrix.svg")
                + "\n" + Messages.text("help.actions.footer", "docs/action-plan.md");
    }

    @Override
    public int run(CommandCall call) throws Exception {
        ActionPlanFormat format;
        try {
            format = ActionPlanFormat.of(call.required("format", "FORMAT"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (format.picture() && call.value("out") == null) {
            throw new UsageException(Messages.text("cli.pictureNeedsOut", format.word()));
        }
        JourneyMap map = load(call);
        PriorityRule rule = PriorityRule.DEFAULT;
        if (call.value("out") == null) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            ActionPlanExport.write(map, format, rule, text);
            call.out().print(text.toString(StandardCharsets.UTF_8));
            call.out().flush();
            return 0;
        }
        Path out = CommandCall.toPath(call.value("out"), "--out");
        int count = ExportActionPlan.write(map, format, rule, out);
        call.out().println(Messages.text("cli.wroteActions", count, map.title(), out));
        return 0;
    }

    private static JourneyMap load(CommandCall call) throws Exception {
        List<String> files = call.arguments();
        String project = call.value("project");
        ProjectSelector.checkOneSource(files, project);
        if (project == null) {
            MapFileReader.Read read = MapFileReader.read(JourneyFiles.json(),
                    CommandCall.toPath(files.get(0), "MAP.journey.json"));
            call.warn(read.warnings());
            return read.content().map();
        }
        try (JdbcLibrary library = call.openLibrary()) {
            ProjectSummary found = ProjectSelector.find(library, project);
            return new OpenProject(library).load(found.id(), found.title());
        }
    }
}
