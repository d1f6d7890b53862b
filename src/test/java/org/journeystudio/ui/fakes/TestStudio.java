package org.journeystudio.ui.fakes;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.stage.Stage;
import org.journeystudio.settings.StudioPreferences;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.StudioWindow;

/** A studio wired with fakes: in-memory library and preferences, two templates, files in memory. */
public final class TestStudio {
    public final InMemoryLibrary library = new InMemoryLibrary();
    public final FakeTemplates templates = new FakeTemplates();
    public final FakeFiles files = new FakeFiles();
    public final FakeFilePicker picker = new FakeFilePicker();
    public final MemoryPreferences preferencesNode = new MemoryPreferences();
    public final StudioPreferences preferences = new StudioPreferences(preferencesNode);
    public final BackgroundWork work = new BackgroundWork();
    public final FakeWorkshops workshops = new FakeWorkshops();
    public final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    public StudioWindow.Services services() {
        return new StudioWindow.Services(library, templates, files, preferences, picker, work, workshops);
    }

    /** Builds and shows the window on {@code stage}; call on the FX thread. */
    public StudioWindow show(Stage stage) {
        StudioWindow window = new StudioWindow(stage, services(), clock);
        window.show();
        return window;
    }
}
