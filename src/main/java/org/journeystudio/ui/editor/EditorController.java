package org.journeystudio.ui.editor;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import org.journeystudio.ui.StudioCommand;
import org.journeystudio.ui.StudioMenuBar;
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
 * The journey editor for one open project ({@code EditorView.fxml}): the toolbar on top, the canvas in the
 * middle, the inspector on the right (which can be hidden), the save state in the status bar and window title;
 * while it is shown, the window's menu bar runs its commands. It only wires the parts together: the
 * {@link CanvasPanel} draws and turns gestures into commands, the {@link EditMenu} runs the Edit menu's actions,
 * the {@link AutoSaver} writes every change, the {@link EditorStatus} says where things stand.
 */
public final class EditorController {
    @FXML private BorderPane editorView;
    @FXML private HBox toolbar;
    @FXML private MenuButton toolbarOverflow;
    @FXML private Button backButton;
    @FXML private Button addCardButton;
    @FXML private Button addStageButton;
    @FXML private MenuButton exportMenu;
    @FXML private Button heatmapButton;
    @FXML private Button workshopButton;
    @FXML private Button presentButton;
    @FXML private Button zoomOutButton, zoomInButton, fitButton;
    @FXML private ToggleButton inspectorToggle;
    @FXML private Label titleLabel, summaryLabel, saveStatus, statusMessage, zoomLabel;
    @FXML private ScrollPane mapScroll;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private MenuButton lanesMenu;
    @FXML private MenuButton evidenceMenu;
    @FXML private StackPane inspectorSlot;
    @FXML private ToggleButton overlayToggle, blueprintToggle;
    @FXML private ComboBox<SatisfactionScores> overlaySegment;
    @FXML private StackPane overlayLegend;
    @FXML private HBox scenarioBar;

    private final StudioClipboard clipboard;
    private final StudioMenuBar menus;
    private final Runnable onBack;
    private final AutoSaver saver;
    private final EditorSession session;
    private final MapLayout openedLayout;
    private final SurveyScaleNote surveyNotes;
    private Runnable onHeatmap;
    private Runnable onWorkshop;
    private MapExports exports;
    private final ActionPlanWindows plan = new ActionPlanWindows();
    private CanvasPanel canvas;
    private EditMenu editMenu;
    private EditorStatus status;
    private GuidedMode guide;
    private ScenarioCommands scenarios;
    /** Guided mode on or off; the View menu's Guided exercise follows it while this editor is open. */
    private final BooleanProperty guided = new SimpleBooleanProperty();
    private final ObjectProperty<Runnable> onCompare = new SimpleObjectProperty<>();

    /** An editor without a window (a screenshot or benchmark): its commands go to a menu bar nobody shows. */
    public EditorController(JourneyMap map, ProjectLibrary library, StudioClipboard clipboard, Runnable onBack) {
        this(map, MapLayout.of(map), library, clipboard, onBack);
    }

    /** As above, with the map's layout already made off the FX thread. */
    public EditorController(JourneyMap map, MapLayout layout, ProjectLibrary library, StudioClipboard clipboard,
                            Runnable onBack) {
        this(map, layout, library, clipboard, new StudioMenuBar(), onBack);
    }

    /**
     * With the map's layout already made off the FX thread (as opening a project does); the editor's commands
     * run from {@code menus} until it {@linkplain #close() closes}.
     */
    public EditorController(JourneyMap map, MapLayout layout, ProjectLibrary library, StudioClipboard clipboard,
                            StudioMenuBar menus, Runnable onBack) {
        this.openedLayout = layout;
        this.clipboard = clipboard;
        this.menus = menus;
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
        ToolbarFit.install(toolbar, toolbarOverflow, List.of(lanesMenu, evidenceMenu, exportMenu, presentButton,
                addStageButton, addCardButton, backButton), List.of(lanesMenu, addStageButton, presentButton,
                zoomLabel, zoomOutButton, zoomInButton, evidenceMenu, exportMenu, addCardButton, workshopButton,
                heatmapButton, redoButton, undoButton, fitButton));
        canvas = new CanvasPanel(mapScroll, session, openedLayout, inspectorSlot);
        inspectorSlot.visibleProperty().bind(inspectorToggle.selectedProperty());
        inspectorSlot.managedProperty().bind(inspectorToggle.selectedProperty());
        attachCommands();
        editMenu = new EditMenu(session, clipboard, canvas, new EditMenu.Items(menus.item(StudioCommand.UNDO),
                menus.item(StudioCommand.REDO), menus.item(StudioCommand.CUT), menus.item(StudioCommand.COPY),
                menus.item(StudioCommand.PASTE), menus.item(StudioCommand.DUPLICATE),
                menus.item(StudioCommand.DELETE), undoButton, redoButton));
        status = new EditorStatus(session, saver, new EditorStatus.Labels(titleLabel, summaryLabel, saveStatus,
                statusMessage));
        session.lastChangeProperty().addListener((obs, old, change) -> {
            session.selection().retainExisting(change.map());
            editMenu.showHistory();
        });
        EditorKeys keys = new EditorKeys(canvas, session.selection(), this::redo, this::back, this::present,
                editMenu::pasteImage);
        canvas.addKeyHandler(keys::keyPressed);
        KeyboardAccess.attach(menus, canvas, session, this::window);
        editorView.addEventHandler(KeyEvent.KEY_PRESSED, keys::keyPressed);
        editorView.addEventHandler(KeyEvent.KEY_RELEASED, keys::keyReleased);
        zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(canvas.zoomProperty().get() * 100) + " %", canvas.zoomProperty()));
        lanesMenu.setOnShowing(e -> lanesMenu.getItems().setAll(canvas.laneMenuItems()));
        lanesMenu.getItems().add(new MenuItem("…"));
        evidenceMenu.getItems().setAll(EvidenceFilter.menuItems(session.visibleEvidence()));
        InspectorPanel.fillAfterFirstFrame(inspectorSlot, session);
        canvas.offerSatisfactionColours(overlayToggle, menus.check(StudioCommand.SATISFACTION_COLOURS),
                overlaySegment, overlayLegend, surveyNotes::latest);
        CheckMenuItem satisfaction = menus.check(StudioCommand.SATISFACTION_COLOURS);
        satisfaction.disableProperty().bind(overlayToggle.disabledProperty());
        menus.whenReleased(() -> satisfaction.selectedProperty().unbindBidirectional(overlayToggle.selectedProperty()));
        BlueprintToggle.attach(blueprintToggle, menus, canvas);
        scenarios = new ScenarioCommands(session, menus, this::window, this::typing, canvas::showOtherScenarioCurve);
        new ScenarioTabs(scenarioBar, session, scenarios, canvas.scenarioBadgesProperty());
        guide = new GuidedMode(session, editorView::setLeft, guided, this::handIn, onCompare);
    }

    /** Gives the menu bar this editor's commands, and names their shortcuts in the toolbar's tooltips. */
    private void attachCommands() {
        Map<StudioCommand, Runnable> actions = new EnumMap<>(StudioCommand.class);
        actions.put(StudioCommand.EXPORT, () -> exportOrPrint("exportItem"));
        actions.put(StudioCommand.PRINT, () -> exportOrPrint(MapExports.PRINT_ITEM));
        actions.put(StudioCommand.CLOSE_PROJECT, this::back);
        actions.put(StudioCommand.UNDO, this::undo);
        actions.put(StudioCommand.REDO, this::redo);
        actions.put(StudioCommand.CUT, () -> unlessTyping(editMenu::cut));
        actions.put(StudioCommand.COPY, () -> unlessTyping(editMenu::copy));
        actions.put(StudioCommand.PASTE, () -> unlessTyping(editMenu::paste));
        actions.put(StudioCommand.DUPLICATE, () -> unlessTyping(editMenu::duplicate));
        actions.put(StudioCommand.DELETE, () -> unlessTyping(editMenu::delete));
        actions.put(StudioCommand.SELECT_ALL, () -> unlessTyping(editMenu::selectAll));
        actions.put(StudioCommand.ADD_TOUCHPOINT, this::addCard);
        actions.put(StudioCommand.ADD_STAGE, this::addStage);
        actions.put(StudioCommand.SEGMENTS, this::segmentsAndPersonas);
        actions.put(StudioCommand.ZOOM_IN, this::zoomIn);
        actions.put(StudioCommand.ZOOM_OUT, this::zoomOut);
        actions.put(StudioCommand.ACTUAL_SIZE, () -> canvas.actualSize());
        actions.put(StudioCommand.FIT, this::fit);
        actions.put(StudioCommand.BACKLOG, () -> plan.backlog(session, window()));
        actions.put(StudioCommand.MATRIX, () -> plan.matrix(session, window(), () -> exports));
        actions.put(StudioCommand.PRESENT, this::present);
        actions.forEach(menus::attach);
        menus.attachCheck(StudioCommand.INSPECTOR, inspectorToggle.selectedProperty());
        menus.attachCheck(StudioCommand.GUIDED, guided);
        EditorTooltips.nameShortcuts(Map.ofEntries(Map.entry(backButton, StudioCommand.CLOSE_PROJECT),
                Map.entry(addCardButton, StudioCommand.ADD_TOUCHPOINT), Map.entry(addStageButton,
                        StudioCommand.ADD_STAGE), Map.entry(exportMenu, StudioCommand.EXPORT),
                Map.entry(heatmapButton, StudioCommand.HEATMAP), Map.entry(workshopButton, StudioCommand.WORKSHOP),
                Map.entry(presentButton, StudioCommand.PRESENT), Map.entry(overlayToggle,
                        StudioCommand.SATISFACTION_COLOURS), Map.entry(zoomOutButton, StudioCommand.ZOOM_OUT),
                Map.entry(zoomInButton, StudioCommand.ZOOM_IN), Map.entry(fitButton, StudioCommand.FIT),
                Map.entry(inspectorToggle, StudioCommand.INSPECTOR)));
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

    /** Shows the Heatmap button and enables Tools ▸ Heatmap, which run {@code action} (survey import, heatmap). */
    public void setOnHeatmap(Runnable action) {
        onHeatmap = action;
        heatmapButton.setManaged(true);
        heatmapButton.setVisible(true);
        menus.attach(StudioCommand.HEATMAP, this::heatmap);
    }

    /** Shows the Workshop button and enables Tools ▸ Workshop, which run {@code action}. */
    public void setOnWorkshop(Runnable action) {
        onWorkshop = action;
        workshopButton.setManaged(true);
        workshopButton.setVisible(true);
        menus.attach(StudioCommand.WORKSHOP, this::workshop);
    }

    /** Whether the inspector is shown; the window remembers it. */
    public BooleanProperty inspectorShownProperty() {
        return inspectorToggle.selectedProperty();
    }

    /** The value–effort matrix's customer weight (0–1); the window remembers it. */
    public DoubleProperty matrixWeightProperty() {
        return plan.customerWeight();
    }

    /** Whether another scenario's emotion curve is drawn dashed behind the shown one; the window remembers it. */
    public BooleanProperty otherScenarioCurveProperty() {
        return scenarios.otherCurveProperty();
    }

    /** Enables Tools ▸ Compare… and the guide's "Compare" step, which run {@code action} (the compare view). */
    public void setOnCompare(Runnable action) {
        onCompare.set(action);
        menus.attach(StudioCommand.COMPARE, this::openCompare);
    }

    /** Opens the compare view (the shown scenario against the one it was copied from), once one is wired. */
    public void openCompare() {
        Optional.ofNullable(onCompare.get()).ifPresent(Runnable::run);
    }

    /** Export and print, set by the window (tests and benches without one get no exports). */
    public void setExports(MapExports newExports) {
        exports = newExports;
    }

    /** Starts the exercise's guide on or off as remembered; {@code remember} keeps each change the user makes. */
    public void startGuide(boolean on, java.util.function.Consumer<Boolean> remember) {
        guide.start(on, remember);
    }

    public void focus() {
        canvas.focus();
    }

    /** Writes what is queued and stops saving; completes off the FX thread, empty once saved, else why not. */
    public CompletableFuture<Optional<String>> close() {
        menus.releaseProject();
        canvas.closeRename();
        session.applyPendingEdits(); // what the inspector holds typed goes into the last save
        editorView.setDisable(true);
        return saver.close();
    }

    /** Completes (off the FX thread) once every edit so far is saved: empty, or why the latest save failed. */
    public CompletableFuture<Optional<String>> whenSaved() {
        session.applyPendingEdits();
        return saver.whenSaved();
    }

    /** Saves through {@code saver} instead of the library's plain save (a team library's editing). */
    public void saveThrough(org.journeystudio.editing.SaveQueue.Saver saver) { this.saver.saveThrough(saver); }

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
        exportOrPrint(((MenuItem) event.getSource()).getId());
    }

    private void exportOrPrint(String itemId) {
        Optional.ofNullable(exports).ifPresent(e -> e.run(itemId, window(), session.map(), canvas.shownView(),
                session::tell));
    }

    /** The guide's one-click export of the exercise as a PDF to hand in. */
    private void handIn() {
        Optional.ofNullable(exports).ifPresent(e -> e.exportForHandIn(window(), session.map(), session::tell));
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
