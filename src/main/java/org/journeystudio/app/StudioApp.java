package org.journeystudio.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.journeystudio.cli.StudioCommandLine;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.settings.StudioPreferences;
import org.journeystudio.store.DamagedLibraryException;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.LibraryLocation;
import org.journeystudio.store.LogLocation;
import org.journeystudio.store.OpeningLibrary;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.FilePicker;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.UncaughtFailures;
import org.journeystudio.ui.home.ConnectTeamLibraryDialog;
import org.journeystudio.usecase.JourneyFiles;
import org.journeystudio.workshop.WorkshopException;
import org.journeystudio.workshop.WorkshopLauncher;
import org.journeystudio.workshop.WorkshopServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: shows the home screen while the library opens, and closes the library on exit. */
public class StudioApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(StudioApp.class);
    private static Path libraryOverride;
    private static Path fileToOpen;
    private static String teamLibraryAtStart;
    private static Language languageAtStart;

    private final LibrarySwitch libraries = new LibrarySwitch();
    private BackgroundWork work;
    private StudioWindow window;

    static void launchWith(StudioCommandLine.OpenWindow window) {
        libraryOverride = window.library();
        fileToOpen = window.mapFile();
        teamLibraryAtStart = window.teamLibrary();
        languageAtStart = window.language();
        Application.launch(StudioApp.class);
    }

    @Override
    public void start(Stage stage) {
        LOG.info("JavaFX started {} ms after the process started", sinceProcessStart());
        UncaughtFailures.install(stage, LogLocation.file());
        try {
            open(stage);
        } catch (RuntimeException | Error e) {
            // A bug while the window is built: say so in the studio's error dialog and stop, rather than leave
            // a half-built window (or let the toolkit print the trace and quit without a word).
            Dialogs.error(null, "Journey Studio could not start", e);
            Platform.exit();
        }
    }

    private void open(Stage stage) {
        StudioPreferences preferences = StudioPreferences.forUser();
        // --lang wins over the language chosen in the studio, which wins over the system's.
        Messages.use(languageAtStart != null ? languageAtStart : preferences.language().orElse(Language.ofSystem()));
        Theme.apply(preferences.darkTheme());
        work = new BackgroundWork();
        if (teamLibraryAtStart != null) {
            openTeamLibrary(stage, preferences);
            return;
        }
        // The window shows at once; the library opens beside it (checks, the day's kept copy, compaction and
        // migrations can take seconds) and the home list fills in when it is open.
        Path folder = LibraryLocation.resolve(libraryOverride);
        preferences.libraryUsed(folder.toAbsolutePath().normalize().toString());
        CompletableFuture<H2Library> opening = CompletableFuture.supplyAsync(
                () -> LibraryStartup.open(folder, damaged -> askOnFxThread(() -> offerRestore(stage, damaged))),
                runnable -> startThread("Opening the library", runnable));
        ProjectLibrary library = new OpeningLibrary(folder, opening);
        // The phones' server is made on a workshop's first start, not at start-up.
        AtomicReference<WorkshopServer> server = new AtomicReference<>();
        WorkshopLauncher workshops = (projectId, map) -> server
                .updateAndGet(made -> made != null ? made : new WorkshopServer(opening.join())).start(projectId, map);
        StudioWindow.Services services = new StudioWindow.Services(library, new ResourceTemplateCatalog(),
                JourneyFiles.json(), preferences, FilePicker.system(preferences), work, workshops);
        window = new StudioWindow(stage, services, Clock.systemDefaultZone());
        window.onTeamLibrary(team -> showTeamLibrary(stage, preferences, team));
        StudioWindow local = window;
        libraries.switchTo(new LibrarySwitch.Shown(library, () -> {
            WorkshopServer made = server.get();
            if (made != null) {
                made.close();
            }
        }, local::leave));
        window.show();
        window.prepareEditor();
        LOG.info("Window shown {} ms after the process started", sinceProcessStart());
        opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                // A library in use by another window, a foreign file, no write access, a damaged file whose copy
                // the user chose not to put back: say so and stop.
                LOG.error("Could not open the library", failure);
                Dialogs.error(stage, "Journey Studio cannot open its library", failure.getCause());
                Platform.exit();
            } else {
                LOG.info("Library open {} ms after the process started", sinceProcessStart());
                if (fileToOpen != null) {
                    window.openFile(fileToOpen);
                }
            }
        }));
    }

    /**
     * Shows a team library connected from the home screen in place of the library shown (the home screen is where
     * that happens, so no editor has a save pending): a new window's content on the same stage, the old library
     * closed. Live workshops need a local library, so a team library's window refuses them with a sentence.
     */
    private void showTeamLibrary(Stage stage, StudioPreferences preferences, PostgresLibrary team) {
        preferences.libraryUsed(team.location());
        WorkshopLauncher noWorkshops = (projectId, map) -> {
            throw new WorkshopException("Live workshops run on a local library; copy the project to one (Copy to "
                    + "library…) and start the workshop there.");
        };
        StudioWindow.Services services = new StudioWindow.Services(team, new ResourceTemplateCatalog(),
                JourneyFiles.json(), preferences, FilePicker.system(preferences), work, noWorkshops);
        StudioWindow next = new StudioWindow(stage, services, Clock.systemDefaultZone());
        next.onTeamLibrary(other -> showTeamLibrary(stage, preferences, other));
        // The old library's workshops end now; it closes once its window's last save is written.
        libraries.switchTo(new LibrarySwitch.Shown(team, () -> { }, next::leave));
        window = next;
        window.show();
        LOG.info("Showing the team library {}", team.location());
    }

    /**
     * The studio started on a team library ({@code --library postgresql://…}): connects in the background with the
     * password from PGPASSWORD or ~/.pgpass, or asks for it in the connect dialog, then shows the window on it. A
     * refusal is said in the error dialog; cancelling the dialog quits.
     */
    private void openTeamLibrary(Stage stage, StudioPreferences preferences) {
        // No window is shown until connected: closing the password dialog must not end the toolkit.
        Platform.setImplicitExit(false);
        CompletableFuture.supplyAsync(() -> LibraryStartup.openTeam(teamLibraryAtStart, System.getenv(),
                        address -> onFxThread(() -> ConnectTeamLibraryDialog.ask(null, address, work))),
                runnable -> startThread("Connecting to the team library", runnable))
                .whenComplete((team, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        LOG.error("Could not open the team library {}", teamLibraryAtStart, failure);
                        Dialogs.error(null, "Journey Studio cannot open the team library", failure.getCause());
                        Platform.exit();
                    } else if (team.isEmpty()) {
                        Platform.exit();
                    } else {
                        showTeamLibrary(stage, preferences, team.get());
                        Platform.setImplicitExit(true);
                        if (fileToOpen != null) {
                            window.openFile(fileToOpen);
                        }
                    }
                }));
    }

    /** For the start-up figures in the log (docs/benchmarks.md): how long since the JVM was started. */
    private static long sinceProcessStart() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static boolean offerRestore(Stage stage, DamagedLibraryException damaged) {
        return Dialogs.offer(stage, "Journey Studio cannot open its library", damaged.getMessage(),
                "Put back the copy of " + damaged.keptOn().orElseThrow(), "restoreLibrary");
    }

    /** Asks a question on the FX thread from the thread that opens the library, and waits for the answer. */
    private static boolean askOnFxThread(java.util.function.BooleanSupplier question) {
        return onFxThread(question::getAsBoolean);
    }

    private static <T> T onFxThread(java.util.function.Supplier<T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(question.get()));
        return answer.join();
    }

    private static void startThread(String name, Runnable runnable) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        if (window != null) {
            // Quitting without a close request (the system logging out) can leave the editor's last save running;
            // the library must not close under it. No window is left to keep responsive by now.
            try {
                window.lastSave().get(35, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.error("The last save did not finish before the library closed", e);
            }
        }
        if (work != null) {
            work.close();
        }
        libraries.close();
    }
}
