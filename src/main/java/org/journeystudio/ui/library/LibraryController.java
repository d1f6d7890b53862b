package org.journeystudio.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.journeystudio.edit.command.ReplaceMap;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.SharedKind;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.ProjectSummary;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.usecase.SharedLibrary;
import org.journeystudio.usecase.SharedLibrary.Entry;

/**
 * The Library view: the personas, pain points and opportunities of every project, each with the journeys that use
 * it; filtered by kind and text; shares one into another journey or the open one, merges duplicates, removes a
 * shared item everywhere. The work is {@link SharedLibrary}'s; this view only presents it.
 */
public final class LibraryController {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    /** The journey open in the editor, when the Library view was opened from there. */
    public interface OpenJourney {
        EditorSession session();

        /** Returns once every edit made so far is in the library. */
        void awaitSaved();

        /** Whether the editor hears the library's changes to its project by itself (a team library). */
        boolean followsLibrary();
    }

    private final ProjectLibrary library;
    private final SharedLibrary shared;
    private final OpenJourney open;

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

    /** {@code open} is null on the home screen. */
    public LibraryController(ProjectLibrary library, SharedLibrary shared, OpenJourney open) {
        this.library = library;
        this.shared = shared;
        this.open = open;
    }

    /** Opens the Library view beside {@code owner}; says so in a message when the library shares nothing. */
    public static Stage open(Window owner, ProjectLibrary library, OpenJourney open) {
        SharedLibrary shared = SharedLibrary.of(library).orElseThrow(() -> new LibraryException(
                Messages.text("library.notShared")));
        LibraryController controller = new LibraryController(library, shared, open);
        return Views.showBeside(owner, Messages.text("library.windowTitle"), controller.load(), () -> { });
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
        refresh();
    }

    private static String kindName(SharedKind kind) {
        return switch (kind) {
            case PERSONA -> Messages.text("library.kindPersona");
            case PAIN_POINT -> Messages.text("library.kindPainPoint");
            case OPPORTUNITY -> Messages.text("library.kindOpportunity");
        };
    }

    /** Reads the library again and shows what the kind and the filter let through. */
    void refresh() {
        table.getItems().setAll(shared.entries(kindChoice.getValue(), filterField.getText()));
        ProjectSummary target = targetChoice.getValue();
        targetChoice.getItems().setAll(library.list());
        targetChoice.getItems().stream().filter(p -> target != null && p.id().equals(target.id())).findFirst()
                .ifPresent(targetChoice::setValue);
        updateButtons();
    }

    private List<Entry> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private void updateButtons() {
        List<Entry> selected = selected();
        boolean one = selected.size() == 1;
        mergeButton.setDisable(selected.size() < 2);
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
        List<String> cards = session.selection().touchpointIds();
        try {
            var command = shared.addTo(session.map(), entry, cards.isEmpty() ? null : cards.get(0));
            if (session.runStep(command)) {
                tell(Messages.text("library.added", entry.text(), session.map().title()), false);
            }
        } catch (LibraryException e) {
            tell(e.getMessage(), true);
        }
        refresh();
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
     * Runs a change of the library's projects. When it touches the journey open in a local library's editor,
     * that journey's edits are saved first and the changed journey is taken in after, as one undo step, so the
     * editor's next save keeps what the change wrote.
     */
    private void run(Set<String> projects, String step, Supplier<String> change) {
        boolean reload = open != null && !open.followsLibrary() && projects.contains(open.session().map().id());
        try {
            if (reload) {
                open.awaitSaved();
            }
            String done = change.get();
            if (reload) {
                EditorSession session = open.session();
                library.load(session.map().id()).ifPresent(map -> session.runStep(new ReplaceMap(map, step)));
            }
            tell(done, false);
        } catch (LibraryException e) {
            tell(e.getMessage(), true);
        }
        refresh();
    }

    private void tell(String text, boolean error) {
        message.setText(text);
        message.pseudoClassStateChanged(ERROR, error);
    }
}
