package org.journeystudio.ui.inspector;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.session.EditorSession;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inspector beside the canvas: edits what the {@link org.journeystudio.ui.session.Selection} names (one or
 * several cards, a stage, or with nothing selected the map's own settings, segments and personas) through the
 * session's commands, follows every change of the map (undo, redo, the canvas), and holds the evidence filter
 * that says which kinds of statements the canvas shows at full strength.
 *
 * <p>How it edits, and why:
 * <ul>
 *   <li>Every change is a command from {@code edit.command} run through {@link org.journeystudio.editing.FieldEdits};
 *       the inspector never builds a map itself, so undo, saving and the canvas see its edits like any other.</li>
 *   <li>Text applies on Enter, when focus leaves the field and after a short pause in typing ({@code CommittedText}),
 *       so it is saved like any canvas edit; a round of typing in one field merges into one undo step, and leaving
 *       the field closes it. Numbers apply on Enter or leaving only: "4." on the way to "4.5" is never checked.</li>
 *   <li>No typed text is lost: the selection changing or the editor closing applies it first, and a refresh keeps
 *       text the user has not applied yet.</li>
 *   <li>Clicks and choices (a face, a severity, add, remove, move) are always their own step.</li>
 *   <li>Several cards: one command for all of them (a composite when each card keeps something of its own, such
 *       as its emotion label), so one undo takes the whole edit back.</li>
 *   <li>After every change of the map the shown panel refreshes in place; a field's text is replaced only when
 *       the map's value of it changed, so the caret of someone typing stays where it is.</li>
 *   <li>Bad input (a score off the scale, an empty map title) is explained under the field and runs nothing.</li>
 * </ul>
 */
public final class InspectorPanel {
    @FXML private VBox inspectorPanel;
    @FXML private FontIcon inspectorIcon;
    @FXML private Label inspectorTitle;
    @FXML private HBox evidenceFilter;
    @FXML private ScrollPane inspectorScroll;

    private final EditorSession session;
    private final FieldEdits edits;
    // Built on first use: an editor opens on the map's view, and each of these is a whole form to load and style.
    private TouchpointInspector touchpoints;
    private StageInspector stage;
    private MapInspector map;
    private final Parent view;

    /**
     * Fills {@code slot} with an inspector just after the slot's first frame: the inspector's forms are a third of
     * the editor's nodes, so the map of a long journey shows sooner, and the inspector follows one frame later.
     */
    public static void fillAfterFirstFrame(Pane slot, EditorSession session) {
        Runnable fill = () -> slot.getChildren().setAll(new InspectorPanel(session).view());
        slot.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                slot.sceneProperty().removeListener(this);
                Runnable[] afterLayout = new Runnable[1];
                afterLayout[0] = () -> {
                    scene.removePostLayoutPulseListener(afterLayout[0]);
                    Platform.runLater(fill); // after this pulse has handed its frame on
                };
                scene.addPostLayoutPulseListener(afterLayout[0]);
            }
        });
    }

    public InspectorPanel(EditorSession session) {
        this.session = session;
        this.edits = new FieldEdits(session.document(), session.ratingOrigins(), Platform::runLater);
        this.view = Views.load(this);
        session.selection().touchpointIds().addListener((ListChangeListener<String>) c -> selectionChanged());
        session.selection().stageIdProperty().addListener((o, was, now) -> selectionChanged());
        session.mapProperty().addListener((o, was, now) -> show(now));
        show(session.map());
        session.holdPendingEdits(this::commitPending);
        // Tab and the keyboard move through every field; the one with the focus must be where the user can see it.
        view.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, owner) -> {
                    if (owner != null && isInside(owner)) {
                        reveal(owner);
                    }
                });
            }
        });
    }

    @FXML
    private void initialize() {
        Evidence[] kinds = Evidence.values();
        for (int i = 0; i < kinds.length; i++) {
            evidenceFilter.getChildren().add(filterToggle(kinds[i], i));
        }
        EvidenceChoice.wordsWhenTheyFit(evidenceFilter);
    }

    /** The panel, about 320 px wide, scrolling vertically. */
    public Node view() {
        return view;
    }

    /**
     * The kinds of evidence shown at full strength; the toggles at the top of the panel edit it. The same set
     * as {@link EditorSession#visibleEvidence()}, so the canvas can follow it without knowing the inspector.
     */
    public ObservableSet<Evidence> evidenceFilter() {
        return session.visibleEvidence();
    }

    /** The user picked something else: what was being typed belongs to the old selection, so apply it first. */
    private void selectionChanged() {
        commitPending();
        edits.endTyping();
        show(session.map());
    }

    /** Applies what is being typed in any of the forms (before the selection changes or the editor closes). */
    private void commitPending() {
        if (touchpoints != null) {
            touchpoints.commitPending();
        }
        if (stage != null) {
            stage.commitPending();
        }
        if (map != null) {
            map.commitPending();
        }
    }

    /** Shows the inspector for the selection, dropping ids the map no longer has (a card deleted by undo). */
    private void show(JourneyMap current) {
        List<String> cards = session.selection().touchpointIds().stream()
                .filter(id -> current.touchpoint(id).isPresent()).toList();
        String stageId = session.selection().stageIdProperty().get();
        if (!cards.isEmpty()) {
            heading(cards.size() == 1 ? "fth-file-text" : "fth-layers",
                    Messages.text("inspector.touchpoints", cards.size()));
            touchpoints = touchpoints != null ? touchpoints : new TouchpointInspector(edits, session.lastChanges(),
                    session::sharedLibrary);
            touchpoints.show(cards, current);
            content(touchpoints.view());
        } else if (stageId != null && current.stage(stageId).isPresent()) {
            heading("fth-columns", Messages.text("inspector.stage"));
            stage = stage != null ? stage : new StageInspector(edits);
            stage.show(stageId, current);
            content(stage.view());
        } else {
            heading("fth-map", Messages.text("inspector.map"));
            map = map != null ? map : new MapInspector(edits);
            map.refresh(current);
            content(map.view());
        }
    }

    /** Scrolls the panel just enough for {@code node} (a field inside it) to be in view. */
    void reveal(Node node) {
        Node content = inspectorScroll.getContent();
        if (content == null) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = inspectorScroll.getViewportBounds().getHeight();
        double scrollable = content.getLayoutBounds().getHeight() - viewport;
        if (scrollable <= 0) {
            return;
        }
        double top = inspectorScroll.getVvalue() * scrollable;
        double margin = 24;
        if (bounds.getMinY() - margin < top) {
            top = bounds.getMinY() - margin;
        } else if (bounds.getMaxY() + margin > top + viewport) {
            top = Math.min(bounds.getMinY() - margin, bounds.getMaxY() + margin - viewport);
        } else {
            return;
        }
        inspectorScroll.setVvalue(Math.max(0, Math.min(1, top / scrollable)));
    }

    private boolean isInside(Node node) {
        Node content = inspectorScroll.getContent();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }

    private void heading(String icon, String title) {
        inspectorIcon.setIconLiteral(icon);
        inspectorTitle.setText(title);
    }

    private void content(Parent inspector) {
        if (inspectorScroll.getContent() != inspector) {
            inspectorScroll.setContent(inspector);
            inspectorScroll.setVvalue(0);
        }
    }

    private ToggleButton filterToggle(Evidence kind, int index) {
        ToggleButton toggle = EvidenceChoice.toggle(kind, index);
        toggle.setId("show" + EvidenceChoice.label(kind));
        toggle.getStyleClass().add(Styles.SMALL);
        toggle.setTooltip(new Tooltip(Messages.text("inspector.evidenceFilterTip", EvidenceChoice.explanation(kind))));
        ObservableSet<Evidence> visible = session.visibleEvidence();
        toggle.setSelected(visible.contains(kind));
        toggle.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                visible.add(kind);
            } else {
                visible.remove(kind);
            }
        });
        visible.addListener((SetChangeListener<Evidence>) change -> toggle.setSelected(visible.contains(kind)));
        return toggle;
    }
}
