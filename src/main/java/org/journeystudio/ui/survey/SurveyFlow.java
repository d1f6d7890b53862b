package org.journeystudio.ui.survey;

import org.journeystudio.ratings.SurveyImported;


import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.StoredImport;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.SurveyResponses;
import org.journeystudio.usecase.ImportSurveyIntoProject;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.ui.heatmap.HeatmapController;
import org.journeystudio.ratings.SegmentHeatmap;

/**
 * Connects the map view to surveys: opens the import wizard, writes the imported means into the map as one
 * edit, records where those ratings came from, and shows the heatmap in the window.
 */
public final class SurveyFlow {
    private final EditorSession session;
    private final SurveyResponses responses;
    private final ImportSurveyIntoProject importer;
    private final Scene scene;
    private final Runnable backToMap;

    /**
     * @param session   the open project: ratings written into the map are one step of its undo history, saved
     *                  like any other edit
     * @param backToMap shows the map editor again
     */
    public SurveyFlow(EditorSession session, ProjectLibrary library, Scene scene, Clock clock, Runnable backToMap) {
        this.session = session;
        this.importer = new ImportSurveyIntoProject(library, clock);
        this.responses = library.surveys().orElseThrow();
        this.scene = scene;
        this.backToMap = backToMap;
    }

    /** The latest import's heatmap, or the wizard when the project has none yet. */
    public void open() {
        List<StoredImport> imports = responses.imports(session.map().id());
        if (imports.isEmpty()) {
            openWizard();
        } else {
            showHeatmap(imports.get(imports.size() - 1), false);
        }
    }

    public void openWizard() {
        openWizard(null);
    }

    /** Opens the wizard; {@code chooser} answers the file question (null: the platform's file chooser). */
    public void openWizard(java.util.function.Supplier<Optional<Path>> chooser) {
        Stage dialog = new Stage();
        dialog.initOwner(scene.getWindow());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Import survey responses");
        SurveyWizardController wizard = new SurveyWizardController(importer, session.map(),
                chooser != null ? chooser : () -> chooseSurvey(dialog), this::imported, dialog::close);
        Scene wizardScene = new Scene(wizard.load());
        org.journeystudio.ui.Theme.style(wizardScene);
        dialog.setScene(wizardScene);
        dialog.show();
    }

    void imported(SurveyImported result) {
        ImportSurveyIntoProject.MapRatings ratings = importer.ratingsFor(session.map(), result.importId(),
                result.crossed(), result.newStageId());
        apply(ratings);
        showHeatmap(ratings.stored(), result.crossed());
    }

    /** Writes an import's means into the map as one undoable edit (saved like any other); records their origin. */
    private void apply(ImportSurveyIntoProject.MapRatings ratings) {
        try {
            if (ratings.edit().command() == null) {
                return;
            }
            session.execute(ratings.edit().command());
            importer.recordOrigins(session.map(), ratings);
            session.ratingOrigins().recorded(session.map(), ratings.origins());
        } catch (RuntimeException e) {
            Dialogs.error(scene.getWindow(), "Could not write the survey ratings into the map", e);
        }
    }

    private void showHeatmap(StoredImport stored, boolean crossed) {
        HeatmapController heatmap = new HeatmapController(responses, session.map(), stored, backToMap,
                shown -> apply(importer.ratingsFor(session.map(), stored, shown, null)), this::exportTarget);
        heatmap.setOnImport(this::openWizard);
        scene.setRoot(heatmap.load());
        if (crossed) {
            heatmap.crossFirstTwo();
        }
    }

    private Optional<Path> chooseSurvey(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a survey export");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Survey exports (*.csv, *.tsv, *.txt, *.xlsx)",
                        "*.csv", "*.tsv", "*.txt", "*.xlsx"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    private Optional<Path> exportTarget(String suggested, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the heatmap");
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(scene.getWindow())).map(java.io.File::toPath);
    }
}
