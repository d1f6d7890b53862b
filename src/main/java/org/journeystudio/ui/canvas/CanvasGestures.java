package org.journeystudio.ui.canvas;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.journeystudio.layout.Connector;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.ui.session.Selection;

/**
 * Turns mouse presses on the canvas into gestures. What is pressed decides the gesture:
 * <pre>
 *   card            click selects it (Shift/Ctrl toggles); drag moves the selection; double-click renames
 *   stage header    click selects the stage; drag reorders; double-click renames
 *   header's edge   drag resizes the stage
 *   emotion point   drag up/down sets the emotion
 *   sticky note     click selects its touchpoint (Shift/Ctrl toggles); double-click opens it in the inspector
 *   empty canvas    click clears the selection; drag draws a selection rectangle
 *   Space held, or the middle button: drag pans
 * </pre>
 * A drag starts only after the pointer moved a few pixels, so a click never moves anything.
 */
final class CanvasGestures {
    private static final double DRAG_THRESHOLD = 4;

    /** Renames in place and pans; supplied by the editor. */
    interface Host {
        void renameCard(String touchpointId);

        void renameStage(String stageId);

        /** Shows the note's pain point or opportunity in the inspector, ready to edit. */
        void inspectNote(NoteRef note);

        void panBy(double dx, double dy);

        /** How far to scroll this frame for a pointer at this scene point while dragging (zero away from the edges). */
        Point2D edgeScroll(Point2D scenePoint);
    }

    private final JourneyCanvas canvas;
    private final EditorSession session;
    private final Host host;
    private Gesture gesture;
    private PendingPress pending;
    private boolean spaceDown;
    private Point2D panFrom;
    private Point2D lastScene;
    /** Scrolls while a drag holds the pointer near the window's edge, so a card can travel the whole map. */
    private final AnimationTimer autoScroll = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (gesture == null || lastScene == null || !scrollsWhileDragging(gesture)) {
                stop();
                return;
            }
            Point2D step = host.edgeScroll(lastScene);
            if (step.getX() != 0 || step.getY() != 0) {
                host.panBy(step.getX(), step.getY());
                Point2D p = canvas.view().sceneToLocal(lastScene);
                gesture.drag(p.getX(), p.getY(), null);
            }
        }
    };

    /** A press that becomes a gesture once the pointer moves far enough. */
    private record PendingPress(double x, double y, java.util.function.Supplier<Gesture> start) {
    }

    CanvasGestures(JourneyCanvas canvas, EditorSession session, Host host) {
        this.canvas = canvas;
        this.session = session;
        this.host = host;
    }

    void install() {
        Node root = canvas.view();
        root.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        root.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        root.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        root.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    /** The editor tells whether Space is held (it sees the keys first). */
    void spaceHeld(boolean down) {
        spaceDown = down;
        canvas.view().getStyleClass().remove(CanvasStyles.PANNING);
        if (down) {
            canvas.view().getStyleClass().add(CanvasStyles.PANNING);
        }
    }

    /** Escape during a drag: put everything back. Returns true when a gesture was cancelled. */
    boolean cancel() {
        if (gesture == null) {
            return false;
        }
        gesture.cancel();
        gesture = null;
        pending = null;
        autoScroll.stop();
        return true;
    }

    boolean isDragging() {
        return gesture != null;
    }

    void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && cancel()) {
            e.consume();
        }
    }

    private void pressed(MouseEvent e) {
        canvas.view().requestFocus();
        if (spaceDown || e.getButton() == MouseButton.MIDDLE) {
            panFrom = new Point2D(e.getScreenX(), e.getScreenY());
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Point2D p = mapPoint(e);
        Node target = e.getPickResult().getIntersectedNode();
        Selection selection = session.selection();
        boolean adding = e.isShiftDown() || e.isShortcutDown();
        Optional<String> card = CardView.touchpointOf(target);
        Optional<String> point = idOf(target, CanvasStyles.EMOTION_POINT, "emotion-");
        Optional<String> resize = idOf(target, CanvasStyles.STAGE_RESIZE_HANDLE, "resize-");
        Optional<String> stage = idOf(target, CanvasStyles.STAGE_HEADER, "stage-");
        Optional<NoteRef> note = NoteRef.of(target);
        Optional<String> handle = idOf(target, CanvasStyles.CONNECTOR_HANDLE, CanvasStyles.CONNECTOR_HANDLE + "-");
        Optional<Connector> connector = PathMarks.connectorOf(target);
        if (handle.isPresent()) {
            gesture = new ConnectorDrag(canvas, session, handle.get(), p.getX(), p.getY());
        } else if (connector.isPresent()) {
            selection.clear();
            canvas.paths().select(connector.get());
        } else if (resize.isPresent()) {
            gesture = new StageResize(canvas, session, resize.get(), p.getX());
        } else if (card.isPresent()) {
            String id = card.get();
            Set<String> ids = new LinkedHashSet<>(selection.touchpointIds());
            if (adding) {
                if (!ids.remove(id)) {
                    ids.add(id);
                }
                selection.selectTouchpoints(ids);
            } else if (!ids.contains(id)) {
                selection.selectTouchpoints(Set.of(id));
            }
            if (selection.touchpointIds().contains(id)) {
                Set<String> dragged = new LinkedHashSet<>(selection.touchpointIds());
                pending = new PendingPress(p.getX(), p.getY(),
                        () -> new CardDrag(canvas, session, dragged, p.getX(), p.getY()));
            }
        } else if (point.isPresent()) {
            selection.selectTouchpoints(Set.of(point.get()));
            gesture = new EmotionDrag(canvas, session, point.get());
        } else if (stage.isPresent()) {
            selection.selectStage(stage.get());
            pending = new PendingPress(p.getX(), p.getY(),
                    () -> new StageDrag(canvas, session, stage.get(), p.getX()));
        } else if (note.isPresent()) {
            String id = note.get().touchpointId();
            Set<String> ids = new LinkedHashSet<>(selection.touchpointIds());
            if (adding && !ids.remove(id)) {
                ids.add(id);
            }
            selection.selectTouchpoints(adding ? ids : Set.of(id));
        } else if (inBody(target)) {
            if (!adding) {
                selection.clear();
            }
            pending = new PendingPress(p.getX(), p.getY(),
                    () -> new RubberBand(canvas, selection, p.getX(), p.getY(), adding));
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (panFrom != null) {
            host.panBy(panFrom.getX() - e.getScreenX(), panFrom.getY() - e.getScreenY());
            panFrom = new Point2D(e.getScreenX(), e.getScreenY());
            e.consume();
            return;
        }
        Point2D p = mapPoint(e);
        if (gesture == null && pending != null
                && p.distance(pending.x(), pending.y()) * zoom() >= DRAG_THRESHOLD) {
            gesture = pending.start().get();
            pending = null;
        }
        if (gesture != null) {
            gesture.drag(p.getX(), p.getY(), e);
            lastScene = new Point2D(e.getSceneX(), e.getSceneY());
            if (scrollsWhileDragging(gesture)) {
                autoScroll.start();
            }
            e.consume();
        }
    }

    private static boolean scrollsWhileDragging(Gesture gesture) {
        return gesture instanceof CardDrag || gesture instanceof StageDrag || gesture instanceof RubberBand;
    }

    private void released(MouseEvent e) {
        pending = null;
        lastScene = null;
        autoScroll.stop();
        if (panFrom != null) {
            panFrom = null;
            e.consume();
            return;
        }
        if (gesture != null) {
            Gesture finished = gesture;
            gesture = null;
            Point2D p = mapPoint(e);
            finished.drop(p.getX(), p.getY(), e);
            e.consume();
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || !e.isStillSincePress()) {
            return;
        }
        Node target = e.getPickResult().getIntersectedNode();
        Optional<String> card = CardView.touchpointOf(target);
        Optional<String> stage = idOf(target, CanvasStyles.STAGE_HEADER, "stage-");
        Optional<NoteRef> note = NoteRef.of(target);
        if (card.isPresent()) {
            host.renameCard(card.get());
            e.consume();
        } else if (note.isPresent()) {
            session.selection().selectTouchpoints(Set.of(note.get().touchpointId()));
            host.inspectNote(note.get());
            e.consume();
        } else if (stage.isPresent() && idOf(target, CanvasStyles.STAGE_RESIZE_HANDLE, "resize-").isEmpty()) {
            host.renameStage(stage.get());
            e.consume();
        }
    }

    private Point2D mapPoint(MouseEvent e) {
        return canvas.view().sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    private double zoom() {
        return canvas.view().getLocalToSceneTransform().getMxx();
    }

    private boolean inBody(Node target) {
        return target == canvas.view() || (target != null && (target.getStyleClass().contains(CanvasStyles.STAGE_BAND)
                || target.getStyleClass().contains(CanvasStyles.LANE_BAND)));
    }

    /** The id (without its prefix) of the nearest node from {@code target} up that has the style class. */
    static Optional<String> idOf(Node target, String styleClass, String idPrefix) {
        for (Node n = target; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(styleClass) && n.getId() != null && n.getId().startsWith(idPrefix)) {
                return Optional.of(n.getId().substring(idPrefix.length()));
            }
            if (n.getStyleClass().contains(CanvasStyles.JOURNEY_MAP)) {
                break;
            }
        }
        return Optional.empty();
    }
}
