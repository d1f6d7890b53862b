package org.journeystudio.ui.canvas;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.settings.StudioPreferences;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.FakeFilePicker;
import org.journeystudio.ui.fakes.FakeFiles;
import org.journeystudio.ui.fakes.FakeWorkshops;
import org.journeystudio.ui.fakes.MemoryPreferences;
import org.journeystudio.testing.NewLibraries;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real studio window over a real H2 library in a temporary folder, with the shipped templates. */
final class LibraryStudio {
    final H2Library library;
    final ResourceTemplateCatalog templates = new ResourceTemplateCatalog();
    final BackgroundWork work = new BackgroundWork();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    StudioWindow window;

    LibraryStudio(Path folder) {
        this.library = NewLibraries.open(folder);
    }

    /** Creates a project from a shipped template and returns it as stored. */
    JourneyMap create(String templateId, String title) {
        JourneyMap map = templates.instantiate(templateId, title, clock.instant());
        library.create(map);
        return library.load(map.id()).orElseThrow();
    }

    StudioWindow show(Stage stage) {
        StudioWindow.Services services = new StudioWindow.Services(library, templates, new FakeFiles(),
                new StudioPreferences(new MemoryPreferences()), new FakeFilePicker(), work, new FakeWorkshops());
        window = new StudioWindow(stage, services, clock);
        window.show();
        return window;
    }

    /** Opens the project called {@code title} from the home screen, as a user does, and waits for the editor. */
    static void openProject(FxRobot robot, String title) {
        Node cell = robot.lookup(".project-title").match((Labeled l) -> title.equals(l.getText())).query();
        robot.doubleClickOn(cell);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#journeyMap").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("The editor did not open", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close() {
        work.close();
        library.close();
    }
}
