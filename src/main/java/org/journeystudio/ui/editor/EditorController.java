package org.journeystudio.ui.editor;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.journeystudio.editing.SaveState;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ratings.SatisfactionScores;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.RatingOriginLedger;
import org.journeystudio.ui.ToolbarFit;
import org.journeystudio.ui.canvas.CanvasPanel;
import org.journeystudio.ui.export.MapExports;
import org.journeystudio.ui.guide.GuidedMode;
import org.journeystudio.ui.inspector.InspectorPanel;
import org.journeystudio.ui.present.Presentation;
import org.journeystudio.ui.segments.SegmentsPersonasController;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.usecase.SurveyScaleNote;

/**
 * The journey editor for one open project ({@code EditorView.fxml}): toolbar and Edit menu on top, the canvas
 * in the middle, the inspector on the right, the save state in the status bar and window title. It only wires
 * the parts together: the {@link CanvasPanel} draws and turns gestures into commands, the {@link EditMenu} runs
 * the menu's actions, the {@link AutoSaver} writes every change, the {@link EditorStatus} says where things stand.
 */
public final class EditorController {
    @FXML private BorderPane editorView;
    @FXML private HBox toolbar;
    @FXML private Button heatmapButton;
    @FXML private Button workshopButton;
    @FXML private MenuItem workshopItem;
    @FXML private Label titleLabel;
    @FXML private Label summaryLabel;
    @FXML private Label saveStatus;
    @FXML private Label statusMessage;
    @FXML private Label zoomLabel;
    @FXML private ScrollPane mapScroll;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem cutItem;
    @FXML private MenuItem copyItem;
    @FXML private MenuItem pasteItem;
    @FXML private MenuItem duplicateItem;
    @FXML private MenuItem deleteItem;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private MenuButton lanesMenu;
    @FXML private MenuButton evidenceMenu;
    @FXML private StackPane inspectorSlot;
    @FXML private ToggleButton overlayToggle;
    @FXML private CheckMenuItem overlayItem;
    @FXML private CheckMenuItem guideItem;
    @FXML private ComboBox<SatisfactionScores> overlaySegment;
    @FXML private StackPane overlayLegend;

    private final StudioClipboard clipboard;
    private final Runnable onBack;
    private final AutoSaver saver;
    private final EditorSession session;
    private final MapLayout openedLayout;
    private final SurveyScaleNote surveyNotes;
    private Runnable onHeatmap;
    private Runnable onWorkshop;
    private MapExports exports;
    private CanvasPanel canvas;
    private EditMenu editMenu;
    private EditorStatus status;
    private GuidedMode guide;

    public EditorController(JourneyMap map, ProjectLibrary library, StudioClipboard clipboard, Runnable onBack) {
        this(map, MapLayout.of(map), library, clipboard, onBack);
    }

    /** With the map's layout already made off the FX thread (as opening a project does). */
    public EditorController(JourneyMap map, MapLayout layout, ProjectLibrary library, StudioClipboard clipboard,
                            Runnable onBack) {
        this.openedLayout = layout;
        this.clipboard = clipboard;
        this.onBack = onBack;
        this.saver = new AutoSaver(library);
        this.surveyNotes = new SurveyScaleNote(library);
        Clock clock = Clock.systemUTC();
        this.session = new EditorSession(map, saver, library.ratingOrigins()
                .map(store -> RatingOriginLedger.stored(map, store, clock))
                .orElseGet(() -> RatingOriginLedger.inMemory(map, clock)));
    }

    @FXML
    private void initialize() {
        ToolbarFit.install(toolbar);
        canvas = new CanvasPanel(mapScroll, session, openedLayout, inspectorSlot);
        editMenu = new EditMenu(session, clipboard, canvas, new EditMenu.Items(undoItem, redoItem, cutItem, copyItem,
                pasteItem, duplicateItem, deleteItem, undoButton, redoButton));
        status = new EditorStatus(session, saver, new EditorStatus.Labels(titleLabel, summaryLabel, saveStatus,
                statusMessage));
        session.lastChangeProperty().addListener((obs, old, change) -> {
            session.selection().retainExisting(change.map());
            editMenu.showHistory();
        });
        EditorKeys keys = new EditorKeys(canvas, session.selection(), this::redo, this::back, this::present);
        canvas.addKeyHandler(keys::keyPressed);
        editorView.addEventHandler(KeyEvent.KEY_PRESSED, keys::keyPressed);
        editorView.addEventHandler(KeyEvent.KEY_RELEASED, keys::keyReleased);
        zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(canvas.zoomProperty().get() * 100) + " %", canvas.zoomProperty()));
        lanesMenu.setOnShowing(e -> lanesMenu.getItems().setAll(canvas.laneMenuItems()));
        lanesMenu.getItems().add(new MenuItem("…"));
        evidenceMenu.getItems().setAll(EvidenceFilter.menuItems(session.visibleEvidence()));
        InspectorPanel.fillAfterFirstFrame(inspectorSlot, session);
        canvas.offerSatisfactionColours(overlayToggle, overlayItem, overlaySegment, overlayLegend,
                surveyNotes::latest);
        guide = new GuidedMode(session, editorView::setLeft, guideItem, this::handIn);
    }

    public Parent view() {
        return editorView;
    }

    public EditorSession session() {
        return session;
    }

    /** "Title — Journey Studio", with "Saving…" or "Not saved" in it while the library is behind. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return status.windowTitleProperty();
    }

    public SaveState saveState() {
        return saver.state();
    }

    /** Shows the Heatmap button, which runs {@code action} (the survey import and heatmap of this project). */
    public void setOnHeatmap(Runnable action) {
        onHeatmap = action;
        heatmapButton.setManaged(true);
        heatmapButton.setVisible(true);
    }

    /** Shows the Workshop button and menu item (Ctrl+Shift+W), which run {@code action}. */
    public void setOnWorkshop(Runnable action) {
        onWorkshop = action;
        workshopButton.setManaged(true);
        workshopButton.setVisible(true);
        workshopItem.setVisible(true);
    }

    /** Export and print, set by the window (tests and benches without one get no exports). */
    public void setExports(MapExports newExports) {
        exports = newExports;
    }

    /**
     * Starts the student exercise's guide on or off, as remembered for this map; {@code remember} keeps each
     * change the user makes (View ▸ Guided exercise, or the guide's own close button).
     */
    public void startGuide(boolean on, java.util.function.Consumer<Boolean> remember) {
        guide.start(on, remember);
    }

    public void focus() {
        canvas.focus();
    }

    /**
     * Writes what is still queued and stops saving; the window calls it before leaving the editor, which takes no
     * input meanwhile. Nothing waits for the disk: the future completes off the FX thread (continue with
     * {@code Platform.runLater}), empty when the latest changes are in the library, else why not.
     */
    public CompletableFuture<Optional<String>> close() {
        canvas.closeRename();
        session.applyPendingEdits(); // what the inspector holds typed goes into the last save
        editorView.setDisable(true);
        return saver.close();
    }

    /** For tests and the benchmark: the canvas this editor draws on. */
    public CanvasPanel canvas() {
        return canvas;
    }

    // Toolbar and menu actions ----------------------------------------------------------------------------

    private boolean typing() {
        return editorView.getScene() != null && editorView.getScene().getFocusOwner() instanceof TextInputControl;
    }

    private Window window() {
        return editorView.getScene() == null ? null : editorView.getScene().getWindow();
    }

    @FXML
    private void workshop() {
        if (onWorkshop != null && !typing()) {
            onWorkshop.run();
        }
    }

    @FXML
    private void heatmap() {
        if (onHeatmap != null) {
            onHeatmap.run();
        }
    }

    @FXML
    private void exportOrPrint(ActionEvent event) {
        if (exports != null) {
            exports.run(((MenuItem) event.getSource()).getId(), window(), session.map(), session::tell);
        }
    }

    /** The guide's one-click export of the exercise as a PDF to hand in. */
    private void handIn() {
        if (exports != null) {
            exports.exportForHandIn(window(), session.map(), session::tell);
        }
    }

    /** Opens the Segments & personas editor over this window; its edits are steps in this editor's history. */
    @FXML
    private void segmentsAndPersonas() {
        SegmentsPersonasController.open(session, window());
    }

    /** Presents the current map full screen (on the projector when there is one); F5 does the same. */
    @FXML
    private void present() {
        Presentation.open(session.map(), window());
    }

    @FXML
    private void back() {
        canvas.closeRename();
        onBack.run();
    }

    @FXML
    private void undo() {
        unlessTyping(editMenu::undo);
    }

    @FXML
    private void redo() {
        unlessTyping(editMenu::redo);
    }

    @FXML
    private void cut() {
        unlessTyping(editMenu::cut);
    }

    @FXML
    private void copy() {
        unlessTyping(editMenu::copy);
    }

    @FXML
    private void paste() {
        unlessTyping(editMenu::paste);
    }

    @FXML
    private void duplicate() {
        unlessTyping(editMenu::duplicate);
    }

    @FXML
    private void delete() {
        unlessTyping(editMenu::delete);
    }

    @FXML
    private void addCard() {
        unlessTyping(editMenu::addCard);
    }

    @FXML
    private void addStage() {
        unlessTyping(editMenu::addStage);
    }

    /** The menu's shortcuts (Ctrl+Z, Delete…) belong to a text field while one has the focus. */
    private void unlessTyping(Runnable action) {
        if (!typing()) {
            action.run();
        }
    }

    @FXML
    private void zoomIn() {
        canvas.zoomIn();
    }

    @FXML
    private void zoomOut() {
        canvas.zoomOut();
    }

    @FXML
    private void fit() {
        canvas.fit();
    }
}
