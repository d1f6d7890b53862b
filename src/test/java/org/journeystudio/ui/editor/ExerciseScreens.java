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
import java.util.List;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.Views;
import org.journeystudio.testing.NewLibraries;

/**
 * A dev main for the screenshots of the student exercise in the editor:
 * {@code ExerciseScreens$Main OUTPUT.png WIDTH HEIGHT [started]} (under Xvfb for real fonts). Creates a project
 * from the "Map your own experience" template, opens it in the editor with its guide at the given size and writes
 * the window's picture; {@code started} first does the exercise's first step and lists two touchpoints.
 */
public final class ExerciseScreens extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        Path out = Path.of(getParameters().getRaw().get(0));
        double width = Double.parseDouble(getParameters().getRaw().get(1));
        double height = Double.parseDouble(getParameters().getRaw().get(2));
        H2Library library = NewLibraries.open(Files.createTempDirectory("exercise-screens"));
        JourneyMap map = new ResourceTemplateCatalog().instantiate("map-your-own-experience",
                "Map your own experience", Instant.parse("2026-11-23T00:00:00Z"));
        if (getParameters().getRaw().contains("started")) {
            map = started(map);
        }
        library.create(map);
        Theme.apply(false);
        EditorController editor = new EditorController(map, library, new StudioClipboard(), () -> { });
        Scene scene = new Scene(Views.load(editor), width, height);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        editor.startGuide(true, on -> { });
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

    /** The map after the first step and two touchpoints: the guide then shows ticks and progress. */
    private static JourneyMap started(JourneyMap map) {
        String lane = map.lanes().get(0).id();
        List<Touchpoint> cards = List.of(
                Touchpoint.builder("tp-ad", map.stages().get(0).id(), lane).title("Advert on social media")
                        .channel(ChannelKind.SOCIAL).evidence(Evidence.OBSERVED)
                        .expectations(List.of("Shoes for long runs")).build(),
                Touchpoint.builder("tp-shop", map.stages().get(1).id(), lane).title("Comparing on the shop's site")
                        .channel(ChannelKind.WEB).evidence(Evidence.OBSERVED).build());
        return new JourneyMap(map.id(), "Running shoes from an online shop", "",
                "I bought running shoes online after a knee injury, for a half marathon.", map.created(),
                map.modified(), map.scale(), map.personas(), map.segments(), map.stages(), map.lanes(), cards);
    }

    /** The entry point: a class that is no Application, so the JavaFX jars may sit on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ExerciseScreens.class, args);
        }
    }
}
