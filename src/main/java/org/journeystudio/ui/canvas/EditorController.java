package org.journeystudio.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.journeystudio.edit.CommandFailedException;
import org.journeystudio.edit.DocumentChange;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.RatingOriginLedger;
import org.journeystudio.ui.ToolbarFit;
import org.journeystudio.ui.editor.EditorSession;
import org.journeystudio.ui.inspector.InspectorPanel;
import org.journeystudio.ui.present.Presentation;

/**
 * The journey editor for one open project: toolbar and Edit menu on top, the canvas in the middle, the
 * inspector on the right, the save state in the status bar and window title. It wires the parts together;
 * the canvas draws, the gestures and actions turn input into commands, the auto-saver writes them.
 */
public final class EditorController {
    private static final String APP_NAME = "Journey Studio";

    @FXML private BorderPane editorView;
    @FXML private HBox toolbar;
    @FXML private Button heatmapButton;
    private Runnable onHeatmap;
    @FXML private Button workshopButton;
    @FXML private MenuItem workshopItem;
    private Runnable onWorkshop;
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
    @FXML private javafx.scene.control.ToggleButton overlayToggle;
    @FXML private CheckMenuItem overlayItem;
    @FXML private javafx.scene.control.ComboBox<org.journeystudio.ratings.SatisfactionScores> overlaySegment;
    @FXML private StackPane overlayLegend;
    private SatisfactionOverlay overlay;

    private final StudioClipboard clipboard;
    private final Runnable onBack;
    private final AutoSaver saver;
    private final EditorSession session;
    private final JourneyCanvas canvas = new JourneyCanvas();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();
    private EditorActions actions;
    private CanvasGestures gestures;
    private ZoomPan zoomPan;
    private InPlaceEditor inPlace;
    private CanvasRenames renames;
    private LaneMenus laneMenus;

    private final MapLayout openedLayout;
    private org.journeystudio.ui.export.MapExports exports;

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
        java.time.Clock clock = java.time.Clock.systemUTC();
        this.session = new EditorSession(map, saver, library.ratingOrigins()
                .map(store -> RatingOriginLedger.stored(map, store, clock))
                .orElseGet(() -> RatingOriginLedger.inMemory(map, clock)));
    }

    @FXML
    private void initialize() {
        ToolbarFit.install(toolbar);
        CommandRunner runner = this::run;
        actions = new EditorActions(session, clipboard, runner);
        inPlace = new InPlaceEditor(canvas);
        zoomPan = new ZoomPan(mapScroll, canvas);
        renames = new CanvasRenames(canvas, session, zoomPan, inPlace, runner);
        laneMenus = new LaneMenus(runner, renames::renameLane);
        gestures = new CanvasGestures(canvas, session, runner, new CanvasGestures.Host() {
            @Override
            public void renameCard(String touchpointId) {
                renames.renameCard(touchpointId);
            }

            @Override
            public void renameStage(String stageId) {
                renames.renameStage(stageId);
            }

            @Override
            public void inspectNote(NoteRef note) {
                NoteInspection.focus(inspectorSlot, note);
            }

            @Override
            public void panBy(double dx, double dy) {
                zoomPan.panBy(dx, dy);
            }

            @Override
            public javafx.geometry.Point2D edgeScroll(javafx.geometry.Point2D scenePoint) {
                return zoomPan.edgeScroll(scenePoint);
            }
        });
        gestures.install();
        canvas.show(session.map(), openedLayout);
        zoomPan.updateViewport();
        session.lastChangeProperty().addListener((obs, old, change) -> changed(change));
        session.selection().touchpointIds().addListener((javafx.collections.ListChangeListener<String>) c ->
                showSelection());
        session.selection().stageIdProperty().addListener((obs, old, id) -> showSelection());
        canvas.addStageButton().setOnAction(e -> renames.renameStage(actions.addStageAt(session.map().stages().size())));
        canvas.view().addEventHandler(ActionEvent.ACTION, e -> {
            if (e.getTarget() instanceof Node node && node.getId() != null && node.getId().startsWith("add-card-")) {
                actions.addCardTo(node.getId().substring("add-card-".length())).ifPresent(renames::renameCard);
                e.consume();
            }
        });
        canvas.view().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                laneMenu(e.getPickResult().getIntersectedNode(), e.getScreenX(), e.getScreenY());
            }
        });
        canvas.view().addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                laneMenu(e.getPickResult().getIntersectedNode(), e.getScreenX(), e.getScreenY());
            }
        });
        EditorKeys keys = new EditorKeys(canvas, session, gestures, zoomPan, renames, this::redo, this::back);
        // On the canvas too: the scroll pane around it would otherwise take the arrow keys for scrolling.
        canvas.view().addEventHandler(KeyEvent.KEY_PRESSED, keys::keyPressed);
        editorView.addEventHandler(KeyEvent.KEY_PRESSED, keys::keyPressed);
        editorView.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5 && !e.isConsumed()) {
                e.consume();
                present();
            }
        });
        editorView.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                gestures.spaceHeld(false);
            }
        });
        zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(zoomPan.zoom() * 100) + " %", zoomPan.zoomProperty()));
        saver.stateProperty().addListener((obs, old, state) -> showSaveState());
        lanesMenu.setOnShowing(e -> lanesMenu.getItems().setAll(laneMenus.allLanes(session.map())));
        lanesMenu.getItems().add(new MenuItem("…"));
        evidenceMenu.getItems().setAll(evidenceFilter());
        pasteItem.disableProperty().bind(clipboard.filledProperty().not());
        fillInspectorAfterFirstFrame();
        overlay = new SatisfactionOverlay(session, canvas, overlayToggle, overlayItem, overlaySegment, overlayLegend);
        showHistory();
        showSaveState();
    }

    /**
     * Fills the inspector beside the canvas (it edits what the canvas selects, through the same session) just
     * after the editor's first frame: its forms are a third of the editor's nodes, so the map of a long journey
     * shows sooner, and the inspector follows one frame later.
     */
    private void fillInspectorAfterFirstFrame() {
        Runnable fill = () -> inspectorSlot.getChildren().setAll(new InspectorPanel(session).view());
        editorView.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                javafx.scene.Scene old, javafx.scene.Scene scene) {
                if (scene == null) {
                    return;
                }
                editorView.sceneProperty().removeListener(this);
                Runnable[] afterLayout = new Runnable[1];
                afterLayout[0] = () -> {
                    scene.removePostLayoutPulseListener(afterLayout[0]);
                    javafx.application.Platform.runLater(fill); // after this pulse has handed its frame on
                };
                scene.addPostLayoutPulseListener(afterLayout[0]);
            }
        });
    }

    /**
     * One tick per kind of evidence; unticked kinds fade on the canvas. The ticks and the inspector's toggles
     * share the session's set, so either one filters and both show the same.
     */
    private List<MenuItem> evidenceFilter() {
        ObservableSet<Evidence> visible = session.visibleEvidence();
        List<MenuItem> items = new ArrayList<>();
        for (Evidence evidence : Evidence.values()) {
            CheckMenuItem item = new CheckMenuItem(CanvasNodes.evidenceWord(evidence));
            item.setId("evidence-filter-" + evidence.name().toLowerCase());
            item.setSelected(visible.contains(evidence));
            item.setOnAction(e -> {
                if (item.isSelected()) {
                    visible.add(evidence);
                } else {
                    visible.remove(evidence);
                }
            });
            visible.addListener((SetChangeListener<Evidence>) c -> item.setSelected(visible.contains(evidence)));
            items.add(item);
        }
        visible.addListener((SetChangeListener<Evidence>) c -> canvas.showEvidence(Set.copyOf(visible)));
        return items;
    }

    public Parent view() {
        return editorView;
    }

    public EditorSession session() {
        return session;
    }

    /** "Title — Journey Studio", with "Saving…" or "Not saved" in it while the library is behind. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
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

    /** Export and print, set by the window (tests and benches without one get no exports). */
    public void setExports(org.journeystudio.ui.export.MapExports newExports) {
        exports = newExports;
    }

    @FXML
    private void exportOrPrint(javafx.event.ActionEvent event) {
        if (exports != null) {
            exports.run(((MenuItem) event.getSource()).getId(), editorView.getScene().getWindow(), session.map(),
                    statusMessage::setText);
        }
    }

    public void focus() {
        canvas.view().requestFocus();
    }

    /**
     * Writes what is still queued and stops saving; the window calls it before leaving the editor. Returns
     * why the latest changes are not in the library, or empty when they are.
     */
    public java.util.Optional<String> close() {
        java.util.Optional<String> problem = saver.flush(30);
        saver.close();
        return problem;
    }

    // Commands ---------------------------------------------------------------------------------------------

    /** Runs a finished gesture's command as one undo step; a refused command is reported, not thrown. */
    private boolean run(MapCommand command) {
        session.document().closeMerging();
        try {
            boolean changed = session.execute(command);
            statusMessage.getStyleClass().remove("error");
            statusMessage.setText(changed ? command.description() : "");
            return changed;
        } catch (CommandFailedException e) {
            statusMessage.getStyleClass().add("error");
            statusMessage.setText(e.getMessage());
            return false;
        } finally {
            session.document().closeMerging();
        }
    }

    private void changed(DocumentChange change) {
        inPlace.close();
        gestures.cancel();
        canvas.show(change.map());
        pruneSelection(change.map());
        showSelection();
        showHistory();
        if (change.kind() == DocumentChange.Kind.UNDONE) {
            statusMessage.setText("Undone: " + change.description());
        } else if (change.kind() == DocumentChange.Kind.REDONE) {
            statusMessage.setText("Redone: " + change.description());
        }
        titleLabel.setText(change.map().title());
        summaryLabel.setText(summary(change.map()));
        showSaveState();
    }

    private void pruneSelection(JourneyMap map) {
        List<String> ids = session.selection().touchpointIds();
        if (ids.stream().anyMatch(id -> map.touchpoint(id).isEmpty())) {
            session.selection().selectTouchpoints(ids.stream().filter(id -> map.touchpoint(id).isPresent()).toList());
        }
        String stage = session.selection().stageIdProperty().get();
        if (stage != null && map.stage(stage).isEmpty()) {
            session.selection().clear();
        }
    }

    private void showSelection() {
        canvas.showSelection(Set.copyOf(session.selection().touchpointIds()),
                session.selection().stageIdProperty().get());
        boolean cards = !session.selection().touchpointIds().isEmpty();
        cutItem.setDisable(!cards);
        copyItem.setDisable(!cards);
        duplicateItem.setDisable(!cards);
        deleteItem.setDisable(session.selection().isEmpty());
    }

    private void showHistory() {
        var document = session.document();
        undoItem.setText(document.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoItem.setText(document.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        undoItem.setDisable(!document.canUndo());
        redoItem.setDisable(!document.canRedo());
        undoButton.setDisable(!document.canUndo());
        redoButton.setDisable(!document.canRedo());
        undoButton.getTooltip().setText(undoItem.getText() + " (Ctrl+Z)");
        redoButton.getTooltip().setText(redoItem.getText() + " (Ctrl+Shift+Z)");
        showSelection();
        titleLabel.setText(session.map().title());
        summaryLabel.setText(summary(session.map()));
    }

    private void showSaveState() {
        SaveState state = saver.state();
        saveStatus.setText(state.text());
        saveStatus.getStyleClass().removeAll("saved", "saving", "not-saved");
        saveStatus.getStyleClass().add(switch (state.kind()) {
            case SAVED -> "saved";
            case SAVING -> "saving";
            case NOT_SAVED -> "not-saved";
        });
        String suffix = switch (state.kind()) {
            case SAVED -> "";
            case SAVING -> " (Saving…)";
            case NOT_SAVED -> " (Not saved)";
        };
        windowTitle.set(session.map().title() + suffix + " — " + APP_NAME);
    }

    /** A lane header's menu (right-click): rename, hide, move, add a lane below. */
    private void laneMenu(Node target, double screenX, double screenY) {
        CanvasGestures.idOf(target, "lane-header", "lane-")
                .flatMap(id -> session.map().lane(id))
                .ifPresent(lane -> {
                    ContextMenu menu = new ContextMenu();
                    menu.getItems().setAll(laneMenus.forLane(session.map(), lane));
                    menu.show(canvas.view(), screenX, screenY);
                });
    }

    private boolean typing() {
        return editorView.getScene() != null
                && editorView.getScene().getFocusOwner() instanceof TextInputControl;
    }

    // Toolbar and menu actions ----------------------------------------------------------------------------

    /** Opens the Segments & personas editor over this window; its edits are steps in this editor's history. */
    @FXML
    private void segmentsAndPersonas() {
        org.journeystudio.ui.segments.SegmentsPersonasController.open(session,
                editorView.getScene() == null ? null : editorView.getScene().getWindow());
    }

    /** Presents the current map full screen (on the projector when there is one); F5 does the same. */
    @FXML
    private void present() {
        Presentation.open(session.map(), editorView.getScene() == null ? null : editorView.getScene().getWindow());
    }

    @FXML
    private void back() {
        inPlace.close();
        onBack.run();
    }

    @FXML
    private void undo() {
        if (!typing()) {
            actions.undo();
        }
    }

    @FXML
    private void redo() {
        if (!typing()) {
            actions.redo();
        }
    }

    @FXML
    private void cut() {
        if (!typing()) {
            actions.cut();
        }
    }

    @FXML
    private void copy() {
        if (!typing()) {
            actions.copy();
            statusMessage.setText("Copied " + session.selection().touchpointIds().size() + " card(s)");
        }
    }

    @FXML
    private void paste() {
        if (!typing()) {
            actions.paste();
        }
    }

    @FXML
    private void duplicate() {
        if (!typing()) {
            actions.duplicate();
        }
    }

    @FXML
    private void delete() {
        if (!typing()) {
            actions.delete();
        }
    }

    @FXML
    private void addCard() {
        if (!typing()) {
            actions.addCard().ifPresent(renames::renameCard);
        }
    }

    @FXML
    private void addStage() {
        if (!typing()) {
            renames.renameStage(actions.addStage());
        }
    }

    @FXML
    private void zoomIn() {
        zoomPan.zoomIn();
    }

    @FXML
    private void zoomOut() {
        zoomPan.zoomOut();
    }

    @FXML
    private void fit() {
        zoomPan.fit();
    }

    static String summary(JourneyMap map) {
        String scenario = map.scenario().isEmpty() ? "" : map.scenario() + "  ·  ";
        return scenario + count(map.stages().size(), "stage") + "  ·  " + count(map.touchpoints().size(), "touchpoint");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** For tests and the benchmark: the canvas this editor draws on. */
    JourneyCanvas canvas() {
        return canvas;
    }

    ZoomPan zoomPan() {
        return zoomPan;
    }
}
