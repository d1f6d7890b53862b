package org.journeystudio.ui.survey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ratings.SurveyImportPlan;
import org.journeystudio.ratings.SurveyImported;
import org.journeystudio.ratings.SurveyImports;
import org.journeystudio.ratings.TouchpointChoice;
import org.journeystudio.store.H2Library;
import org.journeystudio.survey.ScaleChoices;
import org.journeystudio.survey.SurveyColumn;
import org.journeystudio.survey.SurveyFormat;
import org.journeystudio.survey.SurveyReader;
import org.journeystudio.survey.bench.SurveyGenerator;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.ui.Theme;
import org.journeystudio.testing.NewLibraries;

/**
 * A dev main for looking at the wizard and the heatmap (and taking the screenshots in docs/screenshots):
 * {@code SurveyScreens wizard|dialog|heatmap FOLDER [SURVEY]}. Builds a library with an airline map in FOLDER and a
 * generated 5,000-row survey beside it (or takes SURVEY), then opens the survey flow on that map. {@code dialog}
 * fills the screen with the window and opens the wizard as the studio does, as a modal dialog over it (its
 * "Choose survey file…" takes SURVEY). {@code -Dscreens.size=1024x768} sizes the window, {@code -Dscreens.rows=150}
 * generates fewer rows (so crossed segments have low-n cells) and {@code -Dscreens.cross=true} opens the heatmap
 * with two segments crossed.
 */
public final class SurveyScreens extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        String mode = getParameters().getRaw().get(0);
        Path folder = Path.of(getParameters().getRaw().get(1));
        Files.createDirectories(folder);
        Path survey = getParameters().getRaw().size() > 2 ? Path.of(getParameters().getRaw().get(2))
                : folder.resolve("aurora-survey.csv");
        if (!Files.exists(survey)) {
            SurveyGenerator.write(survey, Integer.getInteger("screens.rows", 5_000));
        }
        H2Library library = NewLibraries.open(folder.resolve("library"));
        JourneyMap map = library.load("aurora").orElseGet(() -> {
            JourneyMap created = SampleMaps.airline("aurora");
            library.create(created);
            return created;
        });
        Theme.apply(false);
        boolean given = getParameters().getRaw().size() > 2;
        // A given survey is shown at the wizard dialog's own size, as on a 1024×768 screen.
        String[] size = System.getProperty("screens.size", given ? "860x600" : "1180x720").split("x");
        Scene scene = new Scene(new javafx.scene.layout.StackPane(), Integer.parseInt(size[0]),
                Integer.parseInt(size[1]));
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle("Journey Studio — survey");
        stage.show();
        org.journeystudio.ui.BackgroundWork work = new org.journeystudio.ui.BackgroundWork();
        SurveyFlow flow = new SurveyFlow(new org.journeystudio.ui.session.EditorSession(map, library::save),
                library, work, scene, Clock.systemUTC(), () -> { });
        if (mode.equals("dialog")) {
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            flow.openWizard(() -> Optional.of(survey));
        } else if (mode.startsWith("wizard")) {
            SurveyWizardController wizard = new SurveyWizardController(
                    new org.journeystudio.usecase.ImportSurveyIntoProject(library, Clock.systemUTC()), work, map,
                    () -> Optional.of(survey), r -> { }, () -> { });
            scene.setRoot(wizard.load());
            int steps = mode.length() > "wizard".length() ? Integer.parseInt(mode.substring("wizard".length())) : 0;
            // Reading runs in the background: go on through the steps once the file is read.
            wizard.read(survey).stateProperty().addListener((obs, old, state) -> {
                if (state == javafx.concurrent.Worker.State.SUCCEEDED) {
                    for (int i = 0; i < steps; i++) {
                        wizard.next();
                    }
                }
            });
        } else {
            if (library.surveyResponses().imports(map.id()).isEmpty()) {
                SurveyFormat format = SurveyReader.inspect(survey);
                List<SurveyColumn> segments = List.of(format.column("Travel class"), format.column("Customer type"),
                        format.column("Region"));
                List<SurveyColumn> ratings = format.columns().subList(5, format.columns().size());
                SurveyImportPlan plan = SurveyImports.plan(format, segments, ratings, ScaleChoices.defaults(),
                        List.of(Map.of(), Map.of(), Map.of()));
                List<String> ids = new ArrayList<>();
                for (SurveyColumn column : ratings) {
                    ids.add(TouchpointChoice.forColumn(column.name(), map).id());
                }
                List<String> matched = ids.stream().map(id -> id == null ? Ids.next("tp") : id).toList();
                long id = SurveyImports.run(library.surveyResponses(), map.id(), plan, matched, Clock.systemUTC(),
                        true, n -> { }, () -> false);
                flow.imported(new SurveyImported(id, plan, Boolean.getBoolean("screens.cross"), matched, List.of()));
            } else {
                flow.open();
            }
        }
    }

    /** Starts it from a class that is not an Application, as JavaFX on the class path requires. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(SurveyScreens.class, args);
        }
    }
}
