package org.journeystudio.ui.home;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.settings.StudioPreferences;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.FakeFilePicker;
import org.journeystudio.ui.fakes.MemoryPreferences;
import org.journeystudio.usecase.JourneyFiles;
import org.journeystudio.testing.NewLibraries;

/**
 * A dev main for the screenshots in docs/screenshots: {@code HomeScreens OUT.png WIDTHxHEIGHT}. Fills a fresh H2
 * library in a temporary folder with four projects from the built-in templates, shows the home screen at the
 * given size, snapshots it once the list has settled (thumbnails included) and exits.
 */
public final class HomeScreens extends Application {
    private H2Library library;
    private BackgroundWork work;

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        Path out = Path.of(args.get(0)).toAbsolutePath();
        String[] size = args.get(1).split("x");
        library = NewLibraries.open(Files.createTempDirectory("home-screens"));
        ResourceTemplateCatalog templates = new ResourceTemplateCatalog();
        Instant start = Instant.parse("2026-11-02T09:00:00Z");
        String[][] projects = {{"online-retailer", "Gift shop checkout"}, {"banking-services", "Opening an account"},
                {"map-your-own-experience-solution", "Buying a bicycle (student)"}, {"blank", "Hotel stay"}};
        for (int i = 0; i < projects.length; i++) {
            library.create(templates.instantiate(projects[i][0], projects[i][1], start.plusSeconds(86_400L * i * 3)));
        }
        work = new BackgroundWork();
        StudioWindow.Services services = new StudioWindow.Services(library, templates, JourneyFiles.json(),
                new StudioPreferences(new MemoryPreferences()), new FakeFilePicker(), work);
        stage.setWidth(Double.parseDouble(size[0]));
        stage.setHeight(Double.parseDouble(size[1]));
        StudioWindow window = new StudioWindow(stage, services, Clock.systemUTC());
        window.show();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(Double.parseDouble(size[0]));
        stage.setHeight(Double.parseDouble(size[1]));
        PauseTransition settle = new PauseTransition(Duration.millis(2500));
        settle.setOnFinished(e -> {
            try {
                Files.createDirectories(out.getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", out.toFile());
            } catch (Exception failure) {
                failure.printStackTrace();
            }
            Platform.exit();
        });
        settle.play();
    }

    @Override
    public void stop() {
        work.close();
        library.close();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
