package org.journeystudio.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.commons.cli.Options;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.journeystudio.ratings.NewTouchpointPlace;
import org.journeystudio.ratings.SurveyImportDraft;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.store.StoredImport;
import org.journeystudio.usecase.ImportSurveyIntoProject;
import org.journeystudio.usecase.OpenProject;

/**
 * {@code journey-studio import-survey SURVEY --project NAME --segment COLUMN}: what the studio's survey wizard
 * does, headless. The respondents are stored with the project and each touchpoint's satisfaction per segment is
 * set to the survey's mean; nothing is kept when any of it fails.
 */
final class ImportSurveyCommand implements Subcommand {
    @Override
    public String name() {
        return "import-survey";
    }

    @Override
    public String synopsis() {
        return "SURVEY --project NAME --segment COLUMN [OPTIONS]";
    }

    @Override
    public String description() {
        return Messages.text("help.importSurvey.description");
    }

    @Override
    public Options options() {
        return SurveyOptions.add(new Options())
                .addOption(Subcommand.valued("project", "NAME", Messages.text("help.importSurvey.option.project")))
                .addOption(Subcommand.valued("stage", "STAGE", Messages.text("help.importSurvey.option.stage")))
                .addOption(ProjectSelector.libraryOption());
    }

    @Override
    public String footer() {
        return Messages.text("help.importSurvey.footer");
    }

    @Override
    public int run(CommandCall call) {
        List<String> files = call.arguments();
        if (files.size() != 1) {
            throw new UsageException(Messages.text("cli.oneSurveyFile", files.size()));
        }
        Path survey = CommandCall.toPath(files.get(0), "SURVEY");
        String project = call.value("project");
        if (project == null) {
            throw new UsageException(Messages.text("cli.importSurveyNeedsProject"));
        }
        try (JdbcLibrary library = call.openLibrary()) {
            ProjectSummary found = ProjectSelector.find(library, project);
            JourneyMap map = new OpenProject(library).load(found.id(), found.title());
            SurveyImportDraft draft = draft(call, survey, map);
            ImportSurveyIntoProject.Request request = new ImportSurveyIntoProject.Request(
                    draft.planWithLabelsAsFound(() -> false),
                    draft.touchpointIds(), places(draft, stageId(call, map)), draft.crossed(),
                    call.has("skip-bad-rows"));
            JourneyMap rated = new ImportSurveyIntoProject(library, Clock.systemUTC())
                    .importInto(map.id(), request, n -> { }, () -> false);
            List<StoredImport> imports = library.surveyResponses().imports(map.id());
            StoredImport stored = imports.get(imports.size() - 1);
            Object[] counts = {stored.respondents(), survey.getFileName(), rated.title(),
                    request.touchpointIds().size(), rated.segments().size(), stored.skippedRows()};
            call.out().println(Messages.text(stored.skippedRows() > 0 ? "cli.importedSurveySkipping"
                    : "cli.importedSurvey", counts));
        }
        return 0;
    }

    private static SurveyImportDraft draft(CommandCall call, Path survey, JourneyMap map) {
        List<String> segments = SurveyOptions.segments(call);
        SurveyImportDraft draft = SurveyImportDraft.read(survey, map);
        try {
            draft.segment(segments.get(0));
            draft.secondSegment(segments.size() > 1 ? segments.get(1) : null);
            if (!SurveyOptions.ratings(call).isEmpty()) {
                draft.useRatings(SurveyOptions.ratings(call));
            }
            draft.scale(SurveyOptions.scale(call));
            draft.labelOrders(SurveyOptions.labelOrders(call));
            draft.notApplicable(SurveyOptions.notApplicable(call));
            draft.keptSegments();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return draft;
    }

    /** Where each chosen column's new touchpoint goes: as proposed, or in {@code stageId} when one is given. */
    private static List<NewTouchpointPlace> places(SurveyImportDraft draft, String stageId) {
        return draft.places().stream().map(p -> p == null || stageId == null ? p : p.inStage(stageId)).toList();
    }

    private static String stageId(CommandCall call, JourneyMap map) {
        String wanted = call.value("stage");
        if (wanted == null) {
            return null;
        }
        return map.stages().stream().filter(s -> s.name().equalsIgnoreCase(wanted.strip()) || s.id().equals(wanted))
                .map(Stage::id).findFirst()
                .orElseThrow(() -> new UsageException(Messages.text("cli.noSuchStage", wanted, map.title(),
                        map.stages().stream().map(s -> "'" + s.name() + "'").toList())));
    }
}
