package org.journeystudio.ui;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.settings.StudioPreferences;
import org.journeystudio.settings.WindowBounds;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.TemplateCatalog;
import org.journeystudio.ui.editor.EditorController;
import org.journeystudio.ui.editor.EditorWarmUp;
import org.journeystudio.ui.editor.StudioClipboard;
import org.journeystudio.ui.editor.TeamEditorLink;
import org.journeystudio.ui.home.HomeController;
import org.journeystudio.ui.home.HomeViewModel;
import org.journeystudio.ui.library.LibraryController;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.ui.survey.SurveyFlow;
import org.journeystudio.ui.versions.VersionsFlow;
import org.journeystudio.usecase.JourneyFiles;
import org.journeystudio.usecase.LibraryRatingSpreads;
import org.journeystudio.usecase.OpenedProject;
import org.journeystudio.workshop.WorkshopException;
import org.journeystudio.workshop.WorkshopLauncher;
/**
 * The main window: the menu bar over the home screen or an opened project; keeps the title in step, and
 * remembers its size and place and whether the editor shows its inspector between runs.
 */
public final class StudioWindow {
    static final String APP_NAME = "Journey Studio";
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 820;

    private final Stage stage;
    private final Services services;
    private final Clock clock;
    private HomeController home;
    private final Scene scene;
    /** The menu bar above the screen shown (the heatmap and workshop screens take the whole window instead). */
    private final BorderPane shell = new BorderPane();
    private final StudioMenuBar menus = new StudioMenuBar();
    /** One clipboard for the window's life, so cards copied in one project paste into another. */
    private final StudioClipboard clipboard = new StudioClipboard();
    private EditorController editor;
    /** The open editor's link to a team library's other studios; null on a local library. */
    private TeamEditorLink team;
    /** Where a team library connected from the home screen goes: the studio shows it instead (set by the app). */
    private Consumer<PostgresLibrary> teamLibrary = library -> {
        library.close();
        throw new IllegalStateException("no one takes a connected team library in this window");
    };
    /** The closing editor's save, then the return to the FX thread that follows it. */
    private CompletableFuture<Optional<String>> lastSave = CompletableFuture.completedFuture(Optional.empty());
    private CompletableFuture<Void> editorClosed = CompletableFuture.completedFuture(null);

    public StudioWindow(Stage stage, Services services, Clock clock) {
        this.stage = stage;
        this.services = services;
        this.clock = clock;
        Theme.apply(services.preferences().darkTheme());
        this.home = newHome();
        shell.setTop(menus.view());
        shell.setCenter(home.view());
        this.scene = new Scene(shell, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        attachWindowCommands();
        Theme.style(scene);
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        var icon = StudioWindow.class.getResource("icon.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon.toExternalForm()));
        }
        restoreBounds();
        stage.setOnCloseRequest(e -> {
            if (editor != null) {
                e.consume(); // the window closes once the editor's last save is done; it stays live meanwhile
                closeEditor(stage::hide);
            }
        });
        stage.setOnHiding(e -> {
            rememberBounds();
            closeEditor(() -> { });
        });
        // A stage handed on from an earlier window (the UI tests reuse one) may still show that window's editor's
        // title until its last save is done: this window's title replaces it.
        stage.titleProperty().unbind();
        stage.setTitle(APP_NAME);
    }

    /** Who shows a team library connected from the home screen ("Connect to a team library…"). */
    public void onTeamLibrary(Consumer<PostgresLibrary> open) {
        this.teamLibrary = open;
    }

    /** Shows the window on the home screen. */
    public void show() {
        stage.show();
        home.focus();
    }

    /**
     * Prepares the editor off the FX thread while the home screen waits, so the first map opens sooner (the
     * studio calls it once its window is shown; tests that time nothing leave it out).
     */
    public EditorWarmUp prepareEditor() {
        EditorWarmUp warmUp = new EditorWarmUp(services.work(), services.library(), services.templates());
        warmUp.start();
        // Opening a map (or any long work) has the cores to itself: the preparation stops at its next step.
        services.work().busyProperty().addListener((obs, was, busy) -> {
            if (busy) {
                warmUp.cancel();
            }
        });
        return warmUp;
    }

    /** The commands that apply on every screen: the home screen's, Quit, the theme and Help. */
    private void attachWindowCommands() {
        menus.attach(StudioCommand.NEW_PROJECT, () -> atHome(home::newProject));
        menus.attach(StudioCommand.OPEN_PROJECT, () -> {
            if (editor == null) {
                home.openSelected();
            } else {
                showHome(); // the library's list is where another project is chosen
            }
        });
        menus.attach(StudioCommand.IMPORT, () -> atHome(home::importProject));
        menus.attach(StudioCommand.QUIT, () -> stage.fireEvent(
                new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST))); // saves first, as the close box does
        menus.check(StudioCommand.DARK_THEME).setSelected(services.preferences().darkTheme());
        menus.attach(StudioCommand.DARK_THEME, () -> home.toggleTheme());
        menus.addLanguages(services.preferences().language(), this::speak);
        menus.attach(StudioCommand.LIBRARY, this::openLibrary);
        Theme.offerHighContrast(menus, services.preferences());
        menus.attach(StudioCommand.SHORTCUTS, () -> HelpDialogs.shortcuts(stage));
        menus.attach(StudioCommand.ABOUT, () -> HelpDialogs.about(stage));
    }

    private HomeController newHome() {
        HomeController made = new HomeController(new HomeViewModel(services, clock), services, this::showMap,
                this::toggleTheme, library -> teamLibrary.accept(library));
        Views.load(made);
        return made;
    }

    /**
     * Speaks the chosen language (empty: the system's) from now on and remembers it. The menus and the home
     * screen are rebuilt at once; an open map's views keep their words until it is opened again, which a note
     * says.
     */
    private void speak(Optional<Language> chosen) {
        services.preferences().setLanguage(chosen.orElse(null));
        Messages.use(chosen.orElseGet(Language::ofSystem));
        menus.relabel();
        home = newHome();
        if (editor == null) {
            show(home.view());
            home.focus();
        } else {
            LanguageMenu.noteOpenMap(stage);
        }
    }

    /** The Library view, working with the editor's journey when one is open. */
    private void openLibrary() {
        try {
            LibraryController.open(stage, services.library(),
                    editor == null ? null
                    : LibraryController.OpenJourney.of(editor.session(), editor::whenSaved, team != null),
                    services.work());
        } catch (LibraryException e) {
            Dialogs.error(stage, Messages.text("library.couldNotOpen"), e);
        }
    }

    /** Imports a {@code .journey.json} file as a new project and opens it (a file given on start-up). */
    public void openFile(java.nio.file.Path file) {
        home.importAndOpen(file);
    }

    public Stage stage() {
        return stage;
    }

    private void showMap(OpenedProject project) {
        closeEditor(() -> open(project));
    }

    private void open(OpenedProject project) {
        editor = new EditorController(project.map(), project.layout(), services.library(), clipboard, menus,
                this::showHome);
        show(Views.load(editor));
        if (project.base() != null && services.library() instanceof JdbcLibrary shared) {
            shared.signAs(services.preferences().authorName());
            team = TeamEditorLink.attach(editor, shared, project.base(), stage);
        }
        EditorPreferences.follow(editor, services.preferences());
        editor.setExports(new org.journeystudio.ui.export.MapExports(services.filePicker(), services.work(),
                services.preferences(), map -> LibraryRatingSpreads.of(services.library(), map)));
        var compare = new org.journeystudio.ui.compare.CompareWindow(services.library(), services.files(),
                services.filePicker(), services.work());
        EditorSession session = editor.session();
        session.setSharedLibrary(org.journeystudio.usecase.SharedLibrary.of(services.library()).orElse(null));
        editor.setOnCompare(() -> compare.open(stage, session.map()));
        VersionsFlow versions = new VersionsFlow(services.library(), services.work());
        if (versions.available()) {
            versions.attach(session, menus, () -> stage);
        }
        String projectId = project.map().id();
        editor.startGuide(services.preferences().guided(projectId),
                on -> services.preferences().setGuided(projectId, on));
        if (services.library().surveys().isPresent()) {
            // A library that keeps no survey responses (a test fake) has no survey button.
            EditorController opened = editor;
            opened.setOnHeatmap(() -> new SurveyFlow(opened.session(), services.library(), services.work(), scene,
                    clock, () -> {
                        show(opened.view());
                        opened.focus();
                    }).open());
        }
        EditorController shown = editor;
        shown.setOnWorkshop(new org.journeystudio.ui.workshop.WorkshopFlow(shown.session(), services.workshops(),
                services.work(), scene, () -> {
                    show(shown.view());
                    shown.focus();
                })::start);
        stage.titleProperty().bind(editor.windowTitleProperty());
        editor.focus();
    }

    /** The editor in use, if a project is open (for tests). */
    public java.util.Optional<EditorController> editor() {
        return java.util.Optional.ofNullable(editor);
    }

    /** The menu bar, for tests. */
    public StudioMenuBar menus() {
        return menus;
    }

    private void showHome() {
        atHome(() -> { });
    }

    /** Leaves the open project, if any, for the home screen, then runs {@code then} there. */
    private void atHome(Runnable then) {
        String left = editor == null ? null : editor.session().map().id();
        closeEditor(() -> {
            show(home.view());
            stage.setTitle(APP_NAME);
            // Only now, with the editor's last save written, does the library say what the list should show.
            home.showAgain(left);
            home.focus();
            then.run();
        });
    }

    /** Puts {@code view} under the menu bar (and the two back in the window after a full-window screen). */
    private void show(Parent view) {
        shell.setCenter(view);
        scene.setRoot(shell);
    }

    /**
     * Writes the open project's last changes before leaving it, then runs {@code next} on the FX thread; says so
     * when the changes could not be saved. The FX thread never waits for the disk: the editor stays shown (and
     * takes no input) until its save is done.
     */
    private void closeEditor(Runnable next) {
        if (editor != null) {
            EditorController closing = editor;
            TeamEditorLink leaving = team;
            editor = null;
            team = null;
            CompletableFuture<Optional<String>> written = closing.close();
            // The team link (its project watch) closes after the last save, and before anyone hears it is done.
            CompletableFuture<Optional<String>> saved = leaving == null ? written
                    : written.whenComplete((problem, failure) -> leaving.close());
            lastSave = saved;
            CompletableFuture<Void> closed = new CompletableFuture<>();
            saved.whenComplete((problem, failure) -> Platform.runLater(() -> {
                stage.titleProperty().unbind();
                problem.ifPresent(why -> Dialogs.error(stage, Messages.text("studio.latestChangesNotSaved"), why));
                closed.complete(null);
            }));
            editorClosed = closed;
        }
        if (editorClosed.isDone()) {
            next.run();
        } else {
            editorClosed.thenRun(() -> Platform.runLater(next));
        }
    }

    /**
     * Closes the editor, if one is open, with its link to a team library (the project watch); completes once its
     * last save is done and the link closed. On the FX thread; the studio calls it when it shows another library.
     */
    public CompletableFuture<?> leave() {
        closeEditor(() -> { });
        return lastSave;
    }

    /**
     * Completes (off the FX thread) once the last editor's changes are written or given up on: the library must
     * not close before. Nothing left to save completes it at once.
     */
    public CompletableFuture<Optional<String>> lastSave() {
        return lastSave;
    }

    private boolean toggleTheme() {
        boolean dark = !services.preferences().darkTheme();
        services.preferences().setDarkTheme(dark);
        Theme.apply(dark);
        menus.check(StudioCommand.DARK_THEME).setSelected(dark);
        return dark;
    }

    /** Puts the window where it was, unless that place is no longer on any screen (a monitor was unplugged). */
    private void restoreBounds() {
        services.preferences().windowBounds().ifPresentOrElse(bounds -> {
            Rectangle2D wanted = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height());
            var screens = Screen.getScreensForRectangle(wanted);
            if (screens.isEmpty()) {
                fitOnScreen(bounds.width(), bounds.height());
                stage.centerOnScreen();
            } else {
                Rectangle2D placed = WindowPlacement.fit(wanted, screens.get(0).getVisualBounds());
                stage.setX(placed.getMinX());
                stage.setY(placed.getMinY());
                stage.setWidth(placed.getWidth());
                stage.setHeight(placed.getHeight());
            }
            stage.setMaximized(bounds.maximized());
        }, () -> fitOnScreen(DEFAULT_WIDTH, DEFAULT_HEIGHT));
    }

    /** Never larger than the screen: a window bigger than its screen cannot be moved or resized by the user. */
    private void fitOnScreen(double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(width, screen.getWidth()));
        stage.setHeight(Math.min(height, screen.getHeight()));
    }

    private void rememberBounds() {
        if (stage.isMaximized() || stage.isIconified()) {
            // Keep the normal size to return to, and only note the maximised state.
            services.preferences().windowBounds().ifPresent(old -> services.preferences().saveWindowBounds(
                    new WindowBounds(old.x(), old.y(), old.width(), old.height(), stage.isMaximized())));
            return;
        }
        services.preferences().saveWindowBounds(new WindowBounds(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), false));
    }

    /**
     * What the window works with: the library, the templates, the file format, the remembered settings, and the
     * workshop server that lets a room rate the open map from their phones.
     */
    public record Services(
            ProjectLibrary library,
            TemplateCatalog templates,
            JourneyFiles files,
            StudioPreferences preferences,
            FilePicker filePicker,
            BackgroundWork work,
            WorkshopLauncher workshops) {

        /** Without a workshop server: starting a workshop says so (for setups that never run one). */
        public Services(ProjectLibrary library, TemplateCatalog templates, JourneyFiles files,
                              StudioPreferences preferences, FilePicker filePicker, BackgroundWork work) {
            this(library, templates, files, preferences, filePicker, work, NO_WORKSHOPS);
        }

        /** A launcher that refuses with a message for the user. */
        public static final WorkshopLauncher NO_WORKSHOPS = (projectId, map) -> {
            throw new WorkshopException(Messages.text("studio.noWorkshopServer"));
        };
    }
}
