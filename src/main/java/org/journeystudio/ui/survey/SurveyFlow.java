package org.journeystudio.ui.survey;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ratings.ImportCounts;
import org.journeystudio.ratings.SurveyImported;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.StoredImport;
import org.journeystudio.store.SurveyResponses;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.FilePicker;
import org.journeystudio.ui.heatmap.HeatmapController;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.usecase.ImportSurveyIntoProject;
import org.journeystudio.usecase.SaveVersion;

/**
 * Connects the map view to surveys: opens the import wizard, writes the imported means into the map as one
 * edit, records where those ratings came from, and shows the heatmap in the window. What reads or writes the
 * library runs in the background.
 */
public final class SurveyFlow {
    private final EditorSession session;
    private final SurveyResponses responses;
    private final ImportSurveyIntoProject importer;
    private final BackgroundWork work;
    private final BackgroundWork.Kind reading;
    private final Scene scene;
    private final Runnable backToMap;

    /**
     * @param session   the open project: ratings written into the map are one step of its undo history, saved
     *                  like any other edit
     * @param work      runs the library's reads and writes off the FX thread
     * @param backToMap shows the map editor again
     */
    public SurveyFlow(EditorSession session, ProjectLibrary library, BackgroundWork work, Scene scene, Clock clock,
                      Runnable backToMap) {
        this.session = session;
        this.importer = new ImportSurveyIntoProject(library, clock);
        this.responses = library.surveys().orElseThrow();
        this.work = work;
        this.reading = work.kind("survey flow");
        this.scene = scene;
        this.backToMap = backToMap;
    }

    /** The latest import's heatmap, or the wizard when the project has none yet. */
    public void open() {
        String projectId = session.map().id();
        reading.submit(BackgroundWork.task(Messages.text("survey.lookingForImports"), cancelled -> responses.imports(projectId)),
                imports -> {
                    if (imports.isEmpty()) {
                        openWizard();
                    } else {
                        showHeatmap(imports.get(imports.size() - 1), false);
                    }
                }, this::couldNotRead);
    }

    public void openWizard() {
        openWizard(null);
    }

    /** Opens the wizard; {@code chooser} answers the file question (null: the platform's file chooser). */
    public void openWizard(java.util.function.Supplier<Optional<Path>> chooser) {
        Stage dialog = new Stage();
        dialog.initOwner(scene.getWindow());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(Messages.text("survey.importTitle"));
        SurveyWizardController wizard = new SurveyWizardController(importer, work, session.map(),
                chooser != null ? chooser : () -> chooseSurvey(dialog), this::imported, dialog::close);
        Scene wizardScene = new Scene(wizard.load());
        org.journeystudio.ui.Theme.style(wizardScene);
        dialog.setScene(wizardScene);
        dialog.show();
    }

    void imported(SurveyImported result) {
        JourneyMap map = session.map();
        reading.submit(BackgroundWork.task(Messages.text("survey.readingRatings"), cancelled -> importer.ratingsFor(map,
                        result.importId(), result.crossed(), result.places())),
                ratings -> apply(ratings, SaveVersion.BEFORE_SURVEY_IMPORT,
                        () -> showHeatmap(ratings.stored(), result.crossed())), this::couldNotRead);
    }

    /**
     * Writes an import's means into the map as one undoable edit (saved like any other, the map before kept as
     * the automatic version {@code before}), records their origin in the background, then runs {@code then}.
     */
    private void apply(ImportSurveyIntoProject.MapRatings ratings, String before, Runnable then) {
        if (ratings.edit().command() == null) {
            then.run();
            return;
        }
        try {
            session.keepVersion(before);
            session.execute(ratings.edit().command());
            session.ratingOrigins().recorded(session.map(), ratings.origins());
        } catch (RuntimeException e) {
            Dialogs.error(scene.getWindow(), Messages.text("survey.couldNotWriteRatings"), e);
            return;
        }
        JourneyMap rated = session.map();
        // Every write counts, so it is queued with the window's work rather than replaced by a newer one.
        work.run(BackgroundWork.task(Messages.text("survey.recordingOrigins"), cancelled -> {
            importer.recordOrigins(rated, ratings);
            return rated;
        }), recorded -> then.run(), failure -> Dialogs.error(scene.getWindow(),
                Messages.text("survey.couldNotRecordOrigins"), failure));
    }

    private void couldNotRead(String reason) {
        Dialogs.error(scene.getWindow(), Messages.text("survey.couldNotRead"), reason);
    }

    private void showHeatmap(StoredImport stored, boolean crossed) {
        HeatmapController heatmap = new HeatmapController(ImportCounts.of(responses), work, session.map(), stored,
                backToMap, shown -> apply(importer.ratingsFor(session.map(), stored, shown, null),
                        SaveVersion.BEFORE_SURVEY_RATINGS, () -> { }),
                this::exportTarget);
        heatmap.setOnImport(this::openWizard);
        scene.setRoot(heatmap.load());
        if (crossed) {
            heatmap.crossFirstTwo();
        }
    }

    private Optional<Path> chooseSurvey(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("survey.chooseExport"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.text("survey.filterExports"),
                        "*.csv", "*.tsv", "*.txt", "*.xlsx"),
                new FileChooser.ExtensionFilter(Messages.text("survey.filterAll"), "*.*"));
        return FilePicker.showOpen(chooser, owner);
    }

    private Optional<Path> exportTarget(String suggested, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("survey.exportTheHeatmap"));
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        return FilePicker.showSave(chooser, scene.getWindow());
    }
}
