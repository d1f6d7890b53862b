package org.journeystudio.ui.canvas;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.journeystudio.editing.EditActions;
import org.journeystudio.editing.ScenarioBadges;
import org.journeystudio.editing.SelectedIds;
import org.journeystudio.edit.command.RemoveConnector;
import org.journeystudio.layout.CardBox;
import org.journeystudio.layout.Connector;
import org.journeystudio.layout.KeyboardNavigation.Direction;
import org.journeystudio.layout.KeyboardNavigation;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.layout.MapView;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.ratings.SatisfactionScores;
import org.journeystudio.ui.session.CardImages;
import org.journeystudio.ui.session.EditorSession;

/**
 * The editor's canvas as one part: the map drawn in a scroll pane ({@link JourneyCanvas}), with its mouse
 * gestures, zoom and pan, in-place renames, lane menus and the keys that move the selection. It follows the
 * session by itself (every change of the map, the selection, the evidence filter), so the editor screen only
 * places it and hands it the toolbar's commands.
 */
public final class CanvasPanel {
    private static final String ADD_CARD_PREFIX = "add-card-";

    private final EditorSession session;
    private final JourneyCanvas canvas = new JourneyCanvas();
    private final ZoomPan zoomPan;
    private final InPlaceEditor inPlace;
    private final LaneMenus laneMenus;
    private final PathMenus pathMenus;
    private final CanvasGestures gestures;
    private final EditActions actions;
    private final CanvasKeys keys;
    private final ReadOnlyObjectWrapper<ScenarioBadges> badges = new ReadOnlyObjectWrapper<>(ScenarioBadges.NONE);

    /**
     * Draws the session's map, laid out as {@code opened}, into {@code scroll}; a double-clicked sticky note
     * opens in {@code inspector}.
     */
    public CanvasPanel(ScrollPane scroll, EditorSession session, MapLayout opened, Parent inspector) {
        this.session = session;
        this.actions = new EditActions(session.document(), session::newCardEvidence);
        this.zoomPan = new ZoomPan(scroll, canvas);
        this.inPlace = new InPlaceEditor(canvas, session, zoomPan);
        this.laneMenus = new LaneMenus(session, inPlace::renameLane);
        this.pathMenus = new PathMenus(session);
        this.gestures = new CanvasGestures(canvas, session, new CanvasGestures.Host() {
            @Override
            public void renameCard(String touchpointId) {
                inPlace.renameCard(touchpointId);
            }

            @Override
            public void renameStage(String stageId) {
                inPlace.renameStage(stageId);
            }

            @Override
            public void inspectNote(NoteRef note) {
                NoteInspection.focus(inspector, note);
            }

            @Override
            public void panBy(double dx, double dy) {
                zoomPan.panBy(dx, dy);
            }

            @Override
            public Point2D edgeScroll(Point2D scenePoint) {
                return zoomPan.edgeScroll(scenePoint);
            }
        });
        gestures.install();
        canvas.show(session.map(), opened);
        ImageDrop.install(canvas.view(), new CardImages(session), session.selection());
        badges.set(canvas.badges());
        zoomPan.updateViewport();
        followSession();
        keys = new CanvasKeys(canvas, session, actions, this::selectAndRename, this::reveal);
        installAddButtons();
        installLaneMenus();
    }

    private void followSession() {
        session.lastChangeProperty().addListener((obs, old, change) -> {
            inPlace.close();
            gestures.cancel();
            canvas.show(change.map());
            badges.set(canvas.badges());
        });
        session.selection().touchpointIds().addListener((ListChangeListener<String>) c -> showSelection());
        session.selection().stageIdProperty().addListener((obs, old, id) -> showSelection());
        session.visibleEvidence().addListener((SetChangeListener<Evidence>) c ->
                canvas.showEvidence(Set.copyOf(session.visibleEvidence())));
    }

    private void showSelection() {
        canvas.showSelection(Set.copyOf(session.selection().touchpointIds()),
                session.selection().stageIdProperty().get());
    }

    /** The "+" after the last stage, and the "+" a stage header shows to add a card to that stage. */
    private void installAddButtons() {
        canvas.addStageButton().setOnAction(e -> session.attempt(() -> actions.addStageAt(session.map().stages().size()))
                .ifPresent(this::selectAndRename));
        canvas.view().addEventHandler(ActionEvent.ACTION, e -> {
            if (e.getTarget() instanceof Node node && node.getId() != null && node.getId().startsWith(ADD_CARD_PREFIX)) {
                String stageId = node.getId().substring(ADD_CARD_PREFIX.length());
                session.attempt(() -> actions.addCardTo(stageId)).ifPresent(this::selectAndRename);
                e.consume();
            }
        });
    }

    /** A lane header's menu (right-click, or the menu key): rename, hide, move, add a lane below. */
    private void installLaneMenus() {
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
    }

    private void laneMenu(Node target, double screenX, double screenY) {
        List<MenuItem> pathItems = PathMarks.connectorOf(target).map(pathMenus::forConnector)
                .or(() -> CanvasGestures.idOf(target, CanvasStyles.STAGE_HEADER, "stage-")
                        .flatMap(id -> session.map().stage(id)).map(s -> pathMenus.forStage(session.map(), s)))
                .orElse(List.of());
        if (!pathItems.isEmpty()) {
            ContextMenu menu = new ContextMenu();
            menu.getItems().setAll(pathItems);
            menu.show(canvas.view(), screenX, screenY);
            return;
        }
        CanvasGestures.idOf(target, "lane-header", "lane-")
                .flatMap(id -> session.map().lane(id))
                .ifPresent(lane -> {
                    ContextMenu menu = new ContextMenu();
                    menu.getItems().setAll(laneMenus.forLane(session.map(), lane));
                    menu.show(canvas.view(), screenX, screenY);
                });
    }

    /** Selects what an action made and opens its name for typing: the new card's title, or the new stage's name. */
    public void selectAndRename(SelectedIds created) {
        session.selection().select(created);
        if (created.hasCards()) {
            inPlace.renameCard(created.latestCard());
        } else if (created.stageId() != null) {
            inPlace.renameStage(created.stageId());
        }
    }

    /** The toolbar's list of every lane, with its visibility and actions, and "Add lane". */
    public List<MenuItem> laneMenuItems() {
        return laneMenus.allLanes(session.map());
    }

    /** Satisfaction colours on the cards, switched by {@code toggle} and {@code menuItem} (which it keeps in step). */
    public void offerSatisfactionColours(ToggleButton toggle, CheckMenuItem menuItem,
                                         ComboBox<SatisfactionScores> chooser, Pane legendSlot,
                                         Function<String, Optional<String>> surveyNotes) {
        new SatisfactionOverlay(session, canvas, toggle, menuItem, chooser, legendSlot, surveyNotes);
    }

    /** The shown scenario's cards against the scenario it was copied from, as the cards show them now. */
    public ReadOnlyObjectProperty<ScenarioBadges> scenarioBadgesProperty() {
        return badges.getReadOnlyProperty();
    }

    /** Draws another scenario's emotion curve dashed behind the shown one, or stops. */
    /** Shows the map as ordered, or as a service blueprint (lanes by role, with the three lines). */
    public void showView(MapView view) {
        canvas.setView(view);
    }

    public MapView shownView() {
        return canvas.mapView();
    }

    public void showOtherScenarioCurve(boolean on) {
        canvas.showOtherCurve(on);
    }

    // Keys --------------------------------------------------------------------------------------------------

    /** Also gets the key presses on the canvas itself: the scroll pane around it would otherwise take the arrows. */
    public void addKeyHandler(EventHandler<KeyEvent> handler) {
        canvas.view().addEventHandler(KeyEvent.KEY_PRESSED, handler);
    }

    /**
     * The canvas's own keys, while it has the focus: Tab and arrows move the selection, Enter or F2 renames,
     * Space held pans.
     */
    public void keyPressed(KeyEvent e) {
        if (!canvas.view().isFocused()) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> gestures.spaceHeld(true);
            case TAB -> select(KeyboardNavigation.step(canvas.layout(), focusCard(), !e.isShiftDown()));
            case LEFT -> select(KeyboardNavigation.nearest(canvas.layout(), focusCard(), Direction.LEFT));
            case RIGHT -> select(KeyboardNavigation.nearest(canvas.layout(), focusCard(), Direction.RIGHT));
            case UP -> select(KeyboardNavigation.nearest(canvas.layout(), focusCard(), Direction.UP));
            case DOWN -> select(KeyboardNavigation.nearest(canvas.layout(), focusCard(), Direction.DOWN));
            case ENTER, F2 -> inPlace.renameSelection();
            case DELETE, BACK_SPACE -> {
                // A selected connector goes; otherwise the Edit menu's Delete handles the key.
                Optional<Connector> connector = canvas.paths().selected();
                if (connector.isEmpty()) {
                    return;
                }
                session.runStep(RemoveConnector.of(session.map(), connector.get().fromId(),
                        new TouchpointLink(connector.get().toId(), connector.get().kind())));
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    public void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            gestures.spaceHeld(false);
        }
    }

    /** The card the keys move from: the latest one selected. */
    private String focusCard() {
        String latest = session.selection().ids().latestCard();
        return latest == null ? "" : latest;
    }

    private void select(Optional<String> id) {
        id.ifPresent(card -> {
            session.selection().selectTouchpoints(List.of(card));
            reveal(card);
        });
    }

    private void reveal(String card) {
        canvas.layout().card(card).map(CardBox::box).ifPresent(zoomPan::reveal);
    }

    /** What the ? key does on the canvas: the editor shows the shortcuts sheet. */
    public void onShortcutsKey(Runnable action) {
        keys.onShortcuts(action);
    }

    /** Escape during a drag puts everything back; true when a gesture was cancelled. */
    public boolean cancelGesture() {
        return gestures.cancel();
    }

    /** Closes an open in-place rename (leaving the editor). */
    public void closeRename() {
        inPlace.close();
    }

    public void focus() {
        canvas.view().requestFocus();
    }

    // Zoom --------------------------------------------------------------------------------------------------

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoomPan.zoomProperty();
    }

    public void zoomIn() {
        zoomPan.zoomIn();
    }

    public void zoomOut() {
        zoomPan.zoomOut();
    }

    public void fit() {
        zoomPan.fit();
    }

    public void actualSize() {
        zoomPan.actualSize();
    }

    /** The word the cards use for a kind of evidence ("Observed"), for menus that filter by it. */
    public static String evidenceWord(Evidence evidence) {
        return CanvasNodes.evidenceWord(evidence);
    }

    /** For tests and the benchmark: the drawing, and its zoom and pan. */
    JourneyCanvas drawing() {
        return canvas;
    }

    ZoomPan zoomPan() {
        return zoomPan;
    }
}
