package org.journeystudio.ui.home;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import org.journeystudio.i18n.Messages;
import org.journeystudio.store.sheet.SheetColumns;
import org.journeystudio.store.sheet.TouchpointSheet;
import javafx.scene.image.Image;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.store.TemplateInfo;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.usecase.ExportJourneyFile;
import org.journeystudio.usecase.ImportJourneyFile;
import org.journeystudio.usecase.ImportTouchpointSheet;
import org.journeystudio.usecase.MapThumbnails;
import org.journeystudio.usecase.CopyProject;
import org.journeystudio.usecase.CopyToLibrary;
import org.journeystudio.usecase.OpenProject;
import org.journeystudio.usecase.WorkProgress;
import org.journeystudio.usecase.OpenedProject;
import org.journeystudio.usecase.StudentExercise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The home screen's state and actions, free of any node: the project list and its filter, recent
 * projects, and the library operations. Quick library calls run on the FX thread; file work and
 * opening a project return a {@link Task} for {@link BackgroundWork}. Each project's thumbnail is drawn in the
 * background, kept per project and drawn again once the project was modified since.
 */
public final class HomeViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(HomeViewModel.class);
    /** The size a thumbnail is shown at in the list. */
    static final int THUMBNAIL_WIDTH = 80;
    static final int THUMBNAIL_HEIGHT = 48;
    private final StudioWindow.Services services;
    private final Clock clock;
    private final ObservableList<ProjectSummary> projects = FXCollections.observableArrayList();
    private final FilteredList<ProjectSummary> shown = new FilteredList<>(projects);
    private final ObservableList<ProjectSummary> recent = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableMap<String, Image> thumbnails = FXCollections.observableHashMap();
    /** The modified time of the version each thumbnail shows. */
    private final Map<String, Instant> thumbnailTimes = new HashMap<>();
    private final BackgroundWork.Kind thumbnailWork;
    private final ReadOnlyBooleanWrapper libraryOpen = new ReadOnlyBooleanWrapper(this, "libraryOpen");
    /** One binding for every screen part that follows it: a listener on a binding nothing keeps would be collected. */
    private final BooleanBinding libraryEmpty = libraryOpen.and(Bindings.isEmpty(projects));
    private boolean waitingForLibrary;

    public HomeViewModel(StudioWindow.Services services, Clock clock) {
        this.services = services;
        this.clock = clock;
        this.thumbnailWork = services.work().kind("home thumbnails");
        filter.addListener((obs, old, text) -> shown.setPredicate(matching(text)));
    }

    /**
     * Reads the project list again from the library, and redraws the thumbnails of projects modified since. While
     * the library is still opening (the window shows before it is), the list is read as soon as it is open.
     */
    public void refresh() {
        if (!library().isOpen()) {
            if (!waitingForLibrary) {
                waitingForLibrary = true;
                library().whenOpen(() -> Platform.runLater(this::refresh));
            }
            return;
        }
        List<ProjectSummary> all = library().list();
        projects.setAll(all);
        libraryOpen.set(true);
        Map<String, ProjectSummary> byId = all.stream()
                .collect(Collectors.toMap(ProjectSummary::id, Function.identity(), (a, b) -> a));
        recent.setAll(services.preferences().recentProjects().stream()
                .map(byId::get).filter(java.util.Objects::nonNull).toList());
        thumbnails.keySet().retainAll(byId.keySet());
        thumbnailTimes.keySet().retainAll(byId.keySet());
        List<ProjectSummary> stale = all.stream()
                .filter(p -> !p.modified().equals(thumbnailTimes.get(p.id()))).toList();
        if (!stale.isEmpty()) {
            // A stale picture stays until its new one is ready; a newer refresh replaces this request.
            // Images are decoded in the task too: the FX thread only puts them in place.
            thumbnailWork.submit(BackgroundWork.task(Messages.text("home.drawingThumbnails"), cancelled ->
                            new MapThumbnails(library(), THUMBNAIL_WIDTH * 2, THUMBNAIL_HEIGHT * 2)
                                    .draw(stale, cancelled).stream().map(Thumbnail::of).toList()),
                    this::showThumbnails, reason -> LOG.warn("Thumbnails not drawn: {}", reason));
        }
    }

    private void showThumbnails(List<Thumbnail> drawn) {
        for (Thumbnail thumbnail : drawn) {
            if (projects.stream().anyMatch(p -> p.id().equals(thumbnail.projectId()))) {
                thumbnails.put(thumbnail.projectId(), thumbnail.image());
                thumbnailTimes.put(thumbnail.projectId(), thumbnail.modified());
            }
        }
    }

    private record Thumbnail(String projectId, Instant modified, Image image) {
        static Thumbnail of(MapThumbnails.Thumbnail drawn) {
            return new Thumbnail(drawn.projectId(), drawn.modified(),
                    new Image(new ByteArrayInputStream(drawn.png())));
        }
    }

    /** Each listed project's map in small, by project id, once drawn (drawn at twice the size shown, for sharpness). */
    public ObservableMap<String, Image> thumbnails() {
        return thumbnails;
    }

    /** Projects that match the filter, in the library's order (most recently modified first). */
    public ObservableList<ProjectSummary> shownProjects() {
        return shown;
    }

    /** Recently opened projects that still exist, most recent first. */
    public ObservableList<ProjectSummary> recentProjects() {
        return recent;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** How many projects the list shows: "12", or "3 of 12" while the filter hides some. */
    public StringBinding countText() {
        return Bindings.createStringBinding(() -> shown.size() == projects.size()
                ? Messages.text("home.count", projects.size())
                : Messages.text("home.countOf", shown.size(), projects.size()), shown, projects);
    }

    /** True once the library is open and holds no project (false while it opens: no welcome page flashes by). */
    public BooleanBinding libraryEmpty() {
        return libraryEmpty;
    }

    /** False while the library is still opening: the actions that need it wait. */
    public ReadOnlyBooleanProperty libraryOpenProperty() {
        return libraryOpen.getReadOnlyProperty();
    }

    public int projectCount() {
        return projects.size();
    }

    public List<TemplateInfo> templates() {
        return services.templates().list();
    }

    /** Creates a project from a template and returns it as now listed. */
    public ProjectSummary create(String templateId, String title) {
        JourneyMap map = services.templates().instantiate(templateId, title, clock.instant());
        library().create(map);
        if (StudentExercise.TEMPLATE_ID.equals(templateId)) {
            services.preferences().setGuided(map.id(), true); // the exercise opens with its guide
        }
        LOG.info("Project {} '{}' created from template {}", map.id(), map.title(), templateId);
        refresh();
        return summaryOf(map.id());
    }

    public ProjectSummary rename(String projectId, String newTitle) {
        library().rename(projectId, newTitle);
        LOG.info("Project {} renamed to '{}'", projectId, newTitle);
        refresh();
        return summaryOf(projectId);
    }

    public ProjectSummary duplicate(ProjectSummary original) {
        JourneyMap copy = library().duplicate(original.id(), copyTitle(original.title()));
        LOG.info("Project {} duplicated as {} '{}'", original.id(), copy.id(), copy.title());
        refresh();
        return summaryOf(copy.id());
    }

    /** The libraries a project can be copied to: the recent ones but this one. */
    public List<String> copyTargets() {
        return new CopyToLibrary(library()).targets(services.preferences().recentLibraries());
    }

    /** Copies a project into the library at {@code target}, off the FX thread; remembers that library. */
    CopyProject.Copied copyTo(ProjectSummary project, String target, String title, WorkProgress progress) {
        CopyProject.Copied copied = new CopyToLibrary(library()).copy(project.id(), target, title, progress);
        LOG.info("Project {} copied to {} as {}", project.id(), target, copied.map().id());
        services.preferences().libraryUsed(target);
        return copied;
    }

    public void delete(String projectId) {
        library().delete(projectId);
        LOG.info("Project {} deleted", projectId);
        services.preferences().projectDeleted(projectId);
        refresh();
    }

    /** Loads a whole project and lays it out, off the FX thread: a big map takes a moment. */
    public Task<OpenedProject> open(ProjectSummary project) {
        return BackgroundWork.task(Messages.text("home.opening", project.title()), cancelled -> {
            return new OpenProject(library()).open(project.id(), project.title(), cancelled);
        });
    }

    /** Remembers that a project was opened, for the recent list. */
    public void opened(JourneyMap map) {
        services.preferences().projectOpened(map.id());
        refresh();
    }

    /**
     * Reads a {@code .journey.json} file or a Mermaid journey and adds it as a new project. A project already in the
     * library with the same id keeps its place: the import then gets a fresh id, so importing never overwrites.
     */
    public Task<ImportJourneyFile.Imported> importFile(Path file) {
        return BackgroundWork.task(Messages.text("home.importing", file.getFileName()), cancelled -> {
            return new ImportJourneyFile(library(), services.files()).importWithWarnings(file);
        });
    }

    /** Whether {@code file} is a touchpoint spreadsheet, whose columns the user maps before it is imported. */
    public boolean isSheet(Path file) {
        return ImportTouchpointSheet.isSheet(file);
    }

    /** Reads a touchpoint spreadsheet's header and rows for the column-mapping dialog. */
    public Task<TouchpointSheet.Sheet> readSheet(Path file) {
        return BackgroundWork.task(Messages.text("home.reading", file.getFileName()), cancelled -> ImportTouchpointSheet.read(file));
    }

    /** Makes a project from a touchpoint spreadsheet with the columns the user chose. */
    public Task<ImportJourneyFile.Imported> importSheet(Path file, TouchpointSheet.Sheet sheet, SheetColumns columns) {
        return BackgroundWork.task(Messages.text("home.importing", file.getFileName()),
                cancelled -> new ImportTouchpointSheet(library()).importSheet(file, sheet, columns));
    }

    /** Writes one project to a {@code .journey.json} file, with its versions when asked. */
    public Task<Path> export(ProjectSummary project, Path file, boolean withVersions) {
        return BackgroundWork.task(Messages.text("home.exporting", project.title()), cancelled -> {
            new ExportJourneyFile(library(), services.files()).export(project.id(), project.title(), file,
                    withVersions);
            return file;
        });
    }

    /** How many versions the library keeps of a project (a quick count: the export asks whether to add them). */
    public int versionCount(ProjectSummary project) {
        return new ExportJourneyFile(library(), services.files()).versionCount(project.id());
    }

    static String copyTitle(String title) {
        return Messages.text("home.copyTitle", title);
    }

    private ProjectSummary summaryOf(String projectId) {
        return projects.stream().filter(p -> p.id().equals(projectId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Project " + projectId + " is not listed"));
    }

    private ProjectLibrary library() {
        return services.library();
    }

    private static java.util.function.Predicate<ProjectSummary> matching(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() ? p -> true : p -> p.title().toLowerCase(Locale.ROOT).contains(needle);
    }
}
