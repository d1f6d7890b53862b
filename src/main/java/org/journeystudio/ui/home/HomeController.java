package org.journeystudio.ui.home;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.store.TeamLibraryAddress;
import org.journeystudio.store.TemplateInfo;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Dialogs;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.usecase.ExportJourneyFile;
import org.journeystudio.usecase.ImportJourneyFile;
import org.journeystudio.usecase.OpenedProject;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The home screen: the library's projects, what can be done with them, and the templates to start from. */
public final class HomeController {
    @FXML private BorderPane homeView;
    @FXML private TableView<ProjectSummary> projectTable;
    @FXML private TableColumn<ProjectSummary, String> thumbnailColumn;
    @FXML private TableColumn<ProjectSummary, String> titleColumn;
    @FXML private TableColumn<ProjectSummary, Integer> touchpointsColumn;
    @FXML private TableColumn<ProjectSummary, java.time.Instant> modifiedColumn;
    @FXML private TextField searchField;
    @FXML private ListView<ProjectSummary> recentList;
    /** Shows a connected team library in the window instead of this library. */
    private final Consumer<PostgresLibrary> onTeamLibrary;
    @FXML private Label libraryLabel;
    @FXML private Label countLabel;
    @FXML private Label statusLabel;
    @FXML private ProgressBar progressBar;
    @FXML private javafx.scene.control.Hyperlink cancelLink;
    @FXML private VBox projectsPane;
    @FXML private VBox welcomePane;
    @FXML private FlowPane templateTiles;
    @FXML private FontIcon themeIcon;
    @FXML private Button newButton;
    @FXML private Button importButton;
    @FXML private Button openButton;
    @FXML private Button renameButton;
    @FXML private Button duplicateButton;
    @FXML private Button exportButton;
    @FXML private Button deleteButton;

    private final HomeViewModel model;
    private final StudioWindow.Services services;
    private final Consumer<OpenedProject> onOpened;
    private final Supplier<Boolean> toggleTheme;
    private final HomeStatus status;

    /**
     * @param onOpened    shows a project once it is loaded
     * @param toggleTheme switches light/dark and says whether the theme is now dark
     */
    public HomeController(HomeViewModel model, StudioWindow.Services services, Consumer<OpenedProject> onOpened,
                          Supplier<Boolean> toggleTheme, Consumer<PostgresLibrary> onTeamLibrary) {
        this.onTeamLibrary = onTeamLibrary;
        this.model = model;
        this.services = services;
        this.onOpened = onOpened;
        this.toggleTheme = toggleTheme;
        this.status = new HomeStatus(services.work(), model.libraryEmpty());
    }

    @FXML
    private void initialize() {
        ProjectTable.configure(projectTable, thumbnailColumn, titleColumn, touchpointsColumn, modifiedColumn,
                model.shownProjects(), model.thumbnails(), this::open, this::rowMenu,
                TeamLibraryAddress.isTeamLibrary(services.library().location()));
        RecentProjects.configure(recentList, model.recentProjects(), this::open);
        searchField.textProperty().bindBidirectional(model.filterProperty());
        BooleanBinding nothingSelected = projectTable.getSelectionModel().selectedItemProperty().isNull();
        for (Button button : new Button[] {openButton, renameButton, duplicateButton, exportButton, deleteButton}) {
            button.disableProperty().bind(nothingSelected.or(services.work().busyProperty()));
        }
        BooleanBinding opening = model.libraryOpenProperty().not();
        newButton.disableProperty().bind(opening);
        importButton.disableProperty().bind(opening);
        Label opens = new Label(Messages.text("home.openingYourLibrary"));
        opens.setId("openingLibraryLabel");
        projectTable.placeholderProperty().bind(Bindings.when(opening).then((Node) opens)
                .otherwise(projectTable.getPlaceholder()));
        welcomePane.visibleProperty().bind(model.libraryEmpty());
        welcomePane.managedProperty().bind(model.libraryEmpty());
        projectsPane.visibleProperty().bind(model.libraryEmpty().not());
        projectsPane.managedProperty().bind(model.libraryEmpty().not());
        countLabel.textProperty().bind(model.countText());
        status.show(statusLabel, progressBar, cancelLink);
        libraryLabel.setText(Messages.text("home.libraryAt", services.library().location()));
        themeIcon.setIconCode(services.preferences().darkTheme() ? Feather.SUN : Feather.MOON);
        homeView.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        model.refresh();
        fillGalleryWhenShown();
        selectFirstWhenListed();
    }

    /**
     * The template tiles are made when the welcome page first shows (a library without projects), so a start-up on
     * a library with projects neither reads the template index nor styles tiles it does not show.
     */
    private void fillGalleryWhenShown() {
        Runnable fill = () -> {
            if (templateTiles.getChildren().isEmpty() && model.libraryEmpty().get()) {
                TemplateGallery.fill(templateTiles, model::templates, this::newProject);
            }
        };
        fill.run();
        model.libraryEmpty().addListener((obs, was, empty) -> fill.run());
    }

    /** Selects the first project once the list has any (at once, or when the library has opened). */
    private void selectFirstWhenListed() {
        Runnable selectFirst = () -> {
            if (!projectTable.getItems().isEmpty() && projectTable.getSelectionModel().isEmpty()) {
                projectTable.getSelectionModel().selectFirst();
            }
        };
        selectFirst.run();
        model.libraryOpenProperty().addListener((obs, was, open) -> {
            selectFirst.run();
            focus();
        });
    }

    /** The node to put in the window. */
    public BorderPane view() {
        return homeView;
    }

    /**
     * Shows the library as it is now, on coming back from a project: its edits, a survey import or a rename
     * changed its touchpoint count, its last-modified time and so its place and thumbnail. The project just
     * left stays selected.
     */
    public void showAgain(String lastProjectId) {
        model.refresh();
        projectTable.getItems().stream().filter(p -> p.id().equals(lastProjectId)).findFirst().ifPresent(this::select);
        focus();
    }

    /** Gives the keyboard to the project list (or the first template when there are no projects yet). */
    public void focus() {
        if (model.projectCount() > 0) {
            projectTable.requestFocus();
        } else if (!templateTiles.getChildren().isEmpty()) {
            templateTiles.getChildren().get(0).requestFocus();
        }
    }

    private ContextMenu rowMenu() {
        return new ContextMenu(
                item(Messages.text("home.open"), Feather.FOLDER, this::openSelected),
                item(Messages.text("home.renameMenu"), Feather.EDIT_2, this::renameSelected),
                item(Messages.text("home.duplicate"), Feather.COPY, this::duplicateSelected),
                item(Messages.text("home.copyToLibraryMenu"), Feather.DATABASE, this::copyToLibrary),
                item(Messages.text("home.export"), Feather.UPLOAD, this::exportSelected),
                item(Messages.text("home.deleteMenu"), Feather.TRASH_2, this::deleteSelected));
    }

    private static MenuItem item(String text, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void shortcut(KeyEvent event) {
        boolean typing = event.getTarget() instanceof TextInputControl;
        // New, Open and Import are the menu bar's shortcuts.
        if (event.getCode() == KeyCode.F2 && noModifier(event)) {
            renameSelected();
        } else if (event.getCode() == KeyCode.DELETE && noModifier(event) && !typing) {
            deleteSelected();
        } else if (event.getCode() == KeyCode.ENTER && event.getTarget() == projectTable) {
            openSelected();
        } else {
            return;
        }
        event.consume();
    }

    private static boolean noModifier(KeyEvent e) {
        return !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
    }

    /** Asks for a template and a title, creates the project and opens it. */
    @FXML
    public void newProject() {
        newProject(null);
    }

    private void newProject(TemplateInfo preselected) {
        attempt(Messages.text("home.couldNotCreate"), () -> NewProjectDialog.show(window(), model.templates(), preselected)
                .ifPresent(c -> {
                    ProjectSummary created = model.create(c.template().id(), c.title());
                    select(created);
                    status.said(Messages.text("home.created", c.title(), c.template().name()));
                    // Someone who just named a new map wants to work on it, not find it in the list.
                    open(created);
                }));
    }

    /** Runs a library action; a failure is shown in a dialog headed {@code failure}. */
    private void attempt(String failure, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            Dialogs.error(window(), failure, e);
        }
    }

    /** Opens the project selected in the list, if any. */
    @FXML
    public void openSelected() {
        selected().ifPresent(this::open);
    }

    private void open(ProjectSummary project) {
        if (services.work().busyProperty().get()) {
            return;
        }
        services.work().run(model.open(project), opened -> {
            model.opened(opened.map());
            onOpened.accept(opened);
        }, failure -> Dialogs.error(window(), Messages.text("home.couldNotOpen", project.title()), failure));
    }

    @FXML
    private void renameSelected() {
        selected().ifPresent(project -> Dialogs.askText(window(), Messages.text("home.renameHeader", project.title()),
                        Messages.text("home.newTitle"),
                        project.title(), "renameField", Messages.text("home.projectNeedsATitle"))
                .filter(title -> !title.equals(project.title()))
                .ifPresent(title -> attempt(Messages.text("home.couldNotRename", project.title()), () -> {
                    select(model.rename(project.id(), title));
                    status.said(Messages.text("home.renamed", project.title(), title));
                })));
    }

    @FXML
    private void duplicateSelected() {
        selected().ifPresent(project -> attempt(Messages.text("home.couldNotDuplicate", project.title()), () -> {
            select(model.duplicate(project));
            status.said(Messages.text("home.duplicated", project.title()));
        }));
    }

    /** Connects to a team library and has the window show it instead of this one. */
    @FXML
    private void connectTeamLibrary() {
        if (!services.work().busyProperty().get()) {
            ConnectTeamLibraryDialog.show(window(), services.preferences().recentLibraries(), services.work())
                    .ifPresent(onTeamLibrary);
        }
    }

    /** Copies the selected project, whole, into a library the user picks from the recent ones or types in. */
    private void copyToLibrary() {
        selected().filter(p -> !services.work().busyProperty().get()).ifPresent(project -> CopyToLibraryDialog.show(
                window(), model.copyTargets(), project.title()).ifPresent(choice -> services.work().run(
                        BackgroundWork.measured(Messages.text("home.copying", project.title(), choice.library()),
                                progress -> model.copyTo(project, choice.library(), choice.title(), progress)),
                        copied -> status.said(Messages.text("home.copied", project.title(), choice.library())),
                        failure -> Dialogs.error(window(), Messages.text("home.couldNotCopy", project.title()), failure))));
    }

    @FXML
    private void deleteSelected() {
        selected().ifPresent(project -> {
            int index = projectTable.getSelectionModel().getSelectedIndex();
            boolean sure = Dialogs.confirm(window(), Messages.text("home.deleteQuestion", project.title()),
                    Messages.text("home.deleteExplained"), Messages.text("home.delete"));
            if (!sure) {
                return;
            }
            attempt(Messages.text("home.couldNotDelete", project.title()), () -> {
                model.delete(project.id());
                status.said(Messages.text("home.deleted", project.title()));
                if (!projectTable.getItems().isEmpty()) {
                    projectTable.getSelectionModel().select(Math.min(index, projectTable.getItems().size() - 1));
                }
            });
        });
    }

    /** Asks for a {@code .journey.json} file and adds it to the library as a new project. */
    @FXML
    public void importProject() {
        if (services.work().busyProperty().get()) {
            return;
        }
        services.filePicker().chooseToImport(window()).ifPresent(file -> importFile(file, false));
    }

    /**
     * Adds a {@code .journey.json} file to the library as a new project and opens it: what a double-click on the
     * file (the installers' file association) or {@code journey-studio FILE} does.
     */
    public void importAndOpen(Path file) {
        importFile(file, true);
    }

    private void importFile(Path file, boolean openAfterwards) {
        Consumer<Throwable> failed = failure -> Dialogs.error(window(), Messages.text("home.couldNotImport", file.getFileName()),
                failure);
        if (model.isSheet(file)) {
            // A spreadsheet's columns are the user's to confirm: read it, ask, then import off the FX thread.
            services.work().run(model.readSheet(file), sheet -> SheetImportDialog.show(window(), sheet).ifPresent(
                    columns -> services.work().run(model.importSheet(file, sheet, columns),
                            imported -> imported(file, imported, openAfterwards), failed)), failed);
            return;
        }
        services.work().run(model.importFile(file), imported -> imported(file, imported, openAfterwards), failed);
    }

    private void imported(Path file, ImportJourneyFile.Imported imported, boolean openAfterwards) {
        JourneyMap map = imported.map();
        model.filterProperty().set("");
        model.refresh();
        status.said(Messages.text("home.imported", map.title(), file.getFileName()));
        if (!imported.warnings().isEmpty()) {
            Dialogs.warning(window(), Messages.text("home.importedWithWarnings", map.title(), imported.warnings().size()),
                    String.join("\n", imported.warnings()));
        }
        projectTable.getItems().stream().filter(p -> p.id().equals(map.id())).findFirst().ifPresent(project -> {
            select(project);
            if (openAfterwards) {
                open(project);
            }
        });
    }

    /** Exports the chosen project; when it has versions, asks first whether they go in the file (off at first). */
    @FXML
    private void exportSelected() {
        selected().ifPresent(project -> {
            int versions = model.versionCount(project);
            boolean withVersions = versions > 0 && Dialogs.confirm(window(), Messages.text("home.exportVersionsToo"),
                    Messages.text("home.exportVersionsExplained", project.title(), versions),
                    Messages.text("home.mapAndVersions"));
            services.filePicker().chooseToExport(window(), ExportJourneyFile.fileName(project.title()))
                    .ifPresent(file -> services.work().run(model.export(project, file, withVersions),
                            written -> status.said(Messages.text("home.exported", project.title(), written)),
                            failure -> Dialogs.error(window(), Messages.text("home.couldNotExport", project.title()),
                                    failure)));
        });
    }

    @FXML
    private void cancelWork() {
        services.work().cancelAll();
        status.said(Messages.text("home.cancelled"));
    }

    /** Switches between the light and the dark theme. */
    @FXML
    public void toggleTheme() {
        themeIcon.setIconCode(toggleTheme.get() ? Feather.SUN : Feather.MOON);
    }

    private void select(ProjectSummary project) {
        projectTable.getSelectionModel().select(project);
        projectTable.scrollTo(project);
    }

    private Optional<ProjectSummary> selected() {
        return Optional.ofNullable(projectTable.getSelectionModel().getSelectedItem());
    }

    private Window window() {
        return homeView.getScene() == null ? null : homeView.getScene().getWindow();
    }
}
