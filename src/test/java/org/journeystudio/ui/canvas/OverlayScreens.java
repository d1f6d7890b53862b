package org.journeystudio.ui.canvas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.editor.EditorController;
import org.journeystudio.ui.editor.StudioClipboard;
import org.journeystudio.ui.segments.SegmentsPersonasController;
import org.journeystudio.testing.NewLibraries;

/**
 * A dev main for the screenshots of the satisfaction overlay and the Segments & personas editor:
 * {@code OverlayScreens$Main OUTPUT_FOLDER} (under Xvfb for real fonts). Opens the online retailer (with varied ratings) in the editor, turns the
 * overlay on for one segment, opens the segments editor, and writes {@code canvas-overlay.png} and
 * {@code segments-personas.png}.
 */
public final class OverlayScreens extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        Path out = Path.of(getParameters().getRaw().get(0));
        Files.createDirectories(out);
        H2Library library = NewLibraries.open(Files.createTempDirectory("overlay-screens"));
        JourneyMap map = PresentationModeTest.rated(new ResourceTemplateCatalog().instantiate("online-retailer",
                "Online retailer", Instant.parse("2026-11-23T00:00:00Z")));
        library.create(map);
        Theme.apply(false);
        EditorController editor = new EditorController(map, library, new StudioClipboard(), () -> { });
        Scene scene = new Scene(Views.load(editor), 1440, 860);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        ((ToggleButton) scene.lookup("#overlayToggle")).setSelected(true);
        @SuppressWarnings("unchecked")
        ComboBox<Object> chooser = (ComboBox<Object>) scene.lookup("#overlaySegment");
        chooser.getSelectionModel().select(1);
        later(1.5, () -> {
            write(scene, out.resolve("canvas-overlay.png"));
            Stage segments = SegmentsPersonasController.open(editor.session(), stage);
            later(1.5, () -> {
                write(segments.getScene(), out.resolve("segments-personas.png"));
                library.close();
                Platform.exit();
            });
        });
    }

    private static void later(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    private static void write(Scene scene, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The entry point: a class that is no Application, so the JavaFX jars may sit on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(OverlayScreens.class, args);
        }
    }

}
