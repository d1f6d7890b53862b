package org.journeystudio.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.journeystudio.edit.command.ReplaceMap;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.SharedKind;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.usecase.SharedLibrary.Entry;
import org.journeystudio.usecase.SharedLibrary;

/**
 * The Library view: the personas, pain points and opportunities of every project, each with the journeys that use
 * it; filtered by kind and text; shares one into another journey or the open one, merges duplicates, removes a
 * shared item everywhere. The work is {@link SharedLibrary}'s; this view only presents it.
 */
public final class LibraryController {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    /** The journey open in the editor, when the Library view was opened from there. */
    public interface OpenJourney {
        /** How long the view waits for the editor's last save before it changes the library. */
        long SAVE_WAIT_SECONDS = 10;

        EditorSession session();

        /**
         * Hands the editor's pending edits to its saver (on the FX thread) and returns the wait for them, which runs
         * off it: it returns once every edit made so far is in the library, or throws a {@link LibraryException}
         * saying why not.
         */
        Runnable saving();

        /** Whether the editor hears the library's changes to its project by itself (a team library). */
        boolean followsLibrary();

        /**
         * An editor's journey: {@code whenSaved} (called on the FX thread) completes once its edits are saved (empty,
         * or why not), awaited for at most {@link #SAVE_WAIT_SECONDS} seconds.
         */
        static OpenJourney of(EditorSession session, Supplier<CompletableFuture<Optional<String>>> whenSaved,
                              boolean teamLibrary) {
            return new OpenJourney() {
                @Override
                public EditorSession session() {
                    return session;
                }

                @Override
                public Runnable saving() {
                    CompletableFuture<Optional<String>> saved = whenSaved.get();
                    return () -> {
                        Optional<String> problem;
                        try {
                            problem = saved.orTimeout(SAVE_WAIT_SECONDS, TimeUnit.SECONDS).join();
                        } catch (CompletionException e) {
                            problem = Optional.of(Messages.text("library.editorNotSaved"));
                        }
                        problem.ifPresent(why -> {
                            throw new LibraryException(why);
                        });
                    };
                }

                @Override
                public boolean followsLibrary() {
                    return teamLibrary;
                }
            };
        }
    }

    private final ProjectLibrary library;
    private final SharedLibrary shared;
    private final OpenJourney open;
    /** Reading the list: a newer filter replaces an older read. */
    private final BackgroundWork.Kind reading;
    /** A change of the library (merge, share, add, remove): one at a time, the view disabled while it runs. */
    private final BackgroundWork.Kind changing;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);

    @FXML private ChoiceBox<SharedKind> kindChoice;
    @FXML private TextField filterField;
    @FXML private TableView<Entry> table;
    @FXML private TableColumn<Entry, String> kindColumn;
    @FXML private TableColumn<Entry, String> textColumn;
    @FXML private TableColumn<Entry, String> usedInColumn;
    @FXML private TableColumn<Entry, String> sharedColumn;
    @FXML private Button mergeButton;
    @FXML private Button addButton;
    @FXML private Button removeButton;
    @FXML private ComboBox<ProjectSummary> targetChoice;
    @FXML private Button shareButton;
    @FXML private Label message;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyText;

    /** {@code open} is null on the home screen; the library is read and changed through {@code work}. */
    public LibraryController(ProjectLibrary library, SharedLibrary shared, OpenJourney open, BackgroundWork work) {
        this.library = library;
        this.shared = shared;
        this.open = open;
        this.reading = work.kind("library view: read");
        this.changing = work.kind("library view: change");
    }

    /** Opens the Library view beside {@code owner}; says so in a message when the library shares nothing. */
    public static Stage open(Window owner, ProjectLibrary library, OpenJourney open, BackgroundWork work) {
        SharedLibrary shared = SharedLibrary.of(library).orElseThrow(() -> new LibraryException(
                Messages.text("library.notShared")));
        LibraryController controller = new LibraryController(library, shared, open, work);
        return Views.showBeside(owner, Messages.text("library.windowTitle"), controller.load(), () -> {
            controller.reading.cancel();
        });
    }

    public Parent load() {
        return Views.load(this);
    }

    @FXML
    private void initialize() {
        List<SharedKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(List.of(SharedKind.values()));
        kindChoice.getItems().setAll(kinds);
        kindChoice.setConverter(new StringConverter<>() {
            @Override public String toString(SharedKind kind) {
                return kind == null ? Messages.text("library.allKinds") : kindName(kind);
            }

            @Override public SharedKind fromString(String text) {
                return null;
            }
        });
        kindChoice.setValue(null);
        kindChoice.valueProperty().addListener((obs, was, now) -> refresh());
        filterField.textProperty().addListener((obs, was, now) -> refresh());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        kindColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(kindName(row.getValue().kind())));
        textColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().text()));
        usedInColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                String.join(", ", row.getValue().projects())));
        sharedColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().shared()
                ? Messages.text("library.sharedYes") : ""));
        targetChoice.setConverter(new StringConverter<>() {
            @Override public String toString(ProjectSummary project) {
                return project == null ? "" : project.title();
            }

            @Override public ProjectSummary fromString(String text) {
                return null;
            }
        });
        addButton.setVisible(open != null);
        addButton.setManaged(open != null);
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<Entry>) change -> updateButtons());
        targetChoice.valueProperty().addListener((obs, was, now) -> updateButtons());
        // While the library is read or changed: the list and its actions wait, a spinner says why.
        busy.bind(reading.runningProperty().or(changing.runningProperty()));
        table.disableProperty().bind(busy);
        busyIndicator.visibleProperty().bind(busy);
        busyIndicator.managedProperty().bind(busy);
        busyText.visibleProperty().bind(busy);
        busyText.managedProperty().bind(busy);
        busyText.textProperty().bind(Bindings.when(changing.runningProperty()).then(changing.messageProperty())
                .otherwise(reading.messageProperty()));
        busy.addListener((obs, was, now) -> updateButtons());
        refresh();
    }

    private static String kindName(SharedKind kind) {
        return switch (kind) {
            case PERSONA -> Messages.text("library.kindPersona");
            case PAIN_POINT -> Messages.text("library.kindPainPoint");
            case OPPORTUNITY -> Messages.text("library.kindOpportunity");
        };
    }

    /** Reads the library again, off the FX thread, and shows what the kind and the filter let through. */
    void refresh() {
        SharedKind kind = kindChoice.getValue();
        String filter = filterField.getText();
        reading.submit(BackgroundWork.task(Messages.text("library.reading"),
                        cancelled -> new Listing(shared.entries(kind, filter), library.list())), this::show,
                // The reason is a sentence of its own; the pattern puts the full stop after it.
                reason -> tell(Messages.text("library.couldNotRead", reason.strip().replaceFirst("\\.$", "")),
                        true));
    }

    /** What the view shows: the entries the filter lets through and the journeys to share into. */
    private record Listing(List<Entry> entries, List<ProjectSummary> projects) {
    }

    private void show(Listing listing) {
        table.getItems().setAll(listing.entries());
        ProjectSummary target = targetChoice.getValue();
        targetChoice.getItems().setAll(listing.projects());
        targetChoice.getItems().stream().filter(p -> target != null && p.id().equals(target.id())).findFirst()
                .ifPresent(targetChoice::setValue);
        updateButtons();
    }

    private List<Entry> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private void updateButtons() {
        List<Entry> selected = selected();
        boolean one = selected.size() == 1 && !busy.get();
        mergeButton.setDisable(selected.size() < 2 || busy.get());
        addButton.setDisable(!one || open == null || selected.get(0).usedIn(open.session().map().id()));
        removeButton.setDisable(!one || !selected.get(0).shared());
        shareButton.setDisable(!one || targetChoice.getValue() == null
                || selected.get(0).kind() == SharedKind.PAIN_POINT);
    }

    @FXML
    private void merge() {
        List<Entry> selected = selected();
        LibraryDialogs.chooseWinner(table.getScene().getWindow(), selected).ifPresent(chosen -> run(
                projectsOf(selected), Messages.text("library.mergeStep"), () -> {
                    shared.merge(selected, chosen);
                    return Messages.text("library.merged", selected.size(), chosen.text());
                }));
    }

    @FXML
    private void addToJourney() {
        Entry entry = selected().get(0);
        EditorSession session = open.session();
        JourneyMap map = session.map();
        List<String> cards = session.selection().touchpointIds();
        String card = cards.isEmpty() ? null : cards.get(0);
        // Reading the item's source (and sharing it there) is the library's work; the edit is the editor's.
        changing.submit(BackgroundWork.task(Messages.text("library.working"),
                        cancelled -> shared.addTo(map, entry, card)), command -> {
                    if (session.runStep(command)) {
                        tell(Messages.text("library.added", entry.text(), session.map().title()), false);
                    }
                    refresh();
                }, this::failed);
    }

    @FXML
    private void removeEverywhere() {
        Entry entry = selected().get(0);
        if (LibraryDialogs.confirmRemoveEverywhere(table.getScene().getWindow(), entry.text(), entry.projects())) {
            run(projectsOf(List.of(entry)), Messages.text("library.removeStep"), () -> Messages.text(
                    "library.removed", entry.text(), String.join(", ", shared.removeEverywhere(entry))));
        }
    }

    @FXML
    private void share() {
        Entry entry = selected().get(0);
        ProjectSummary target = targetChoice.getValue();
        Set<String> touched = new java.util.HashSet<>(projectsOf(List.of(entry)));
        touched.add(target.id());
        run(touched, Messages.text("library.shareStep"), () -> {
            shared.shareInto(entry, target.id(), null);
            return Messages.text("library.sharedInto", entry.text(), target.title());
        });
    }

    private static Set<String> projectsOf(List<Entry> entries) {
        Set<String> ids = new java.util.HashSet<>();
        entries.forEach(e -> e.uses().forEach(u -> ids.add(u.projectId())));
        return ids;
    }

    /**
     * Runs a change of the library's projects off the FX thread. When it touches the journey open in a local
     * library's editor, that journey's edits are saved first and the changed journey is taken in after, as one
     * undo step, so the editor's next save keeps what the change wrote.
     */
    private void run(Set<String> projects, String step, Supplier<String> change) {
        boolean reload = open != null && !open.followsLibrary() && projects.contains(open.session().map().id());
        String openId = reload ? open.session().map().id() : null;
        Runnable saved = reload ? open.saving() : () -> { };
        changing.submit(BackgroundWork.task(Messages.text("library.working"), cancelled -> {
            saved.run();
            String done = change.get();
            return new Changed(done, reload ? library.load(openId) : Optional.empty());
        }), changed -> {
            changed.reloaded().ifPresent(map -> open.session().runStep(new ReplaceMap(map, step)));
            tell(changed.done(), false);
            refresh();
        }, this::failed);
    }

    /** What a change said it did, and the open journey as the library now holds it (when the change touched it). */
    private record Changed(String done, Optional<JourneyMap> reloaded) {
    }

    private void failed(String reason) {
        tell(reason, true);
        refresh();
    }

    private void tell(String text, boolean error) {
        message.setText(text);
        message.pseudoClassStateChanged(ERROR, error);
    }
}
