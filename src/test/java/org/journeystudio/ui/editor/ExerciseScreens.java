package org.journeystudio.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.Views;

/**
 * A dev main for the screenshots of the student exercise in the editor:
 * {@code ExerciseScreens$Main OUTPUT.png WIDTH HEIGHT} (under Xvfb for real fonts). Creates a project from the
 * "Map your own experience" template, opens it in the editor at the given size and writes the window's picture.
 */
public final class ExerciseScreens extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        Path out = Path.of(getParameters().getRaw().get(0));
        double width = Double.parseDouble(getParameters().getRaw().get(1));
        double height = Double.parseDouble(getParameters().getRaw().get(2));
        H2Library library = H2Library.open(Files.createTempDirectory("exercise-screens"));
        JourneyMap map = new ResourceTemplateCatalog().instantiate("map-your-own-experience",
                "Map your own experience", Instant.parse("2026-11-23T00:00:00Z"));
        library.create(map);
        Theme.apply(false);
        EditorController editor = new EditorController(map, library, new StudioClipboard(), () -> { });
        Scene scene = new Scene(Views.load(editor), width, height);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        PauseTransition pause = new PauseTransition(Duration.seconds(2));
        pause.setOnFinished(e -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.toFile());
            } catch (java.io.IOException failed) {
                throw new java.io.UncheckedIOException(failed);
            }
            library.close();
            Platform.exit();
        });
        pause.play();
    }

    /** The entry point: a class that is no Application, so the JavaFX jars may sit on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ExerciseScreens.class, args);
        }
    }
}
