package org.journeystudio.ui.canvas;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.journeystudio.editing.ScenarioBadges;
import org.journeystudio.editing.ScenarioEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.LaneRow;
import org.journeystudio.layout.LayoutStyle;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.layout.MapView;
import org.journeystudio.layout.StageColumn;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The journey map as live nodes, in map coordinates, painted from the shared {@link MapLayout}. Layers from
 * bottom to top: bands, lane texts, sticky notes, the emotion curve, cards, the curve points' words, the
 * points, then the lane headers (kept in view on the left) and stage headers (kept in view at the top), then an
 * overlay for drop indicators and in-place editors. Only items near the viewport have nodes ({@link NodeLayer}).
 */
final class JourneyCanvas {
    /** Room right of the last stage for the "add stage" button. */
    static final double TRAILING_ROOM = 72;
    private static final double VIEW_MARGIN = 240;
    /** Nodes built ahead of the scroll per frame: a stage column brings about 80 (cards, notes, texts, points). */
    private static final int NODES_AHEAD_PER_FRAME = 16;

    private final Pane root = new Pane();
    private final CanvasLayers layers = new CanvasLayers();
    private final EmotionCurveView emotion = new EmotionCurveView();
    private final BlueprintMarks blueprint = new BlueprintMarks();
    private final PathMarks paths = new PathMarks();
    private MapView view = MapView.JOURNEY;
    private final Group laneSide = new Group();
    private final Group stageTop = new Group();
    private final Region corner = new Region();
    private final Button addStageButton = new Button(null, new FontIcon(Feather.PLUS));
    private final Group overlay = new Group();
    private final Label emptyHint = new Label(Messages.text("canvas.noStages"));

    private JourneyMap map;
    private Set<String> selectedCards = Set.of();
    private MapLayout layout;
    private ScenarioBadges badges = ScenarioBadges.NONE;
    /** Whether another scenario's emotion curve is drawn dashed behind the shown one. */
    private boolean otherCurve;
    /** Empty until the window has laid the canvas out: nodes are built only for the part that is shown. */
    private Box viewport = new Box(0, 0, 0, 0);
    /** The area the layers were last brought up to date for; scrolling within it needs no node work. */
    private Box prepared;
    /** Whether items near the view still wait for nodes; then every frame builds a few more. */
    private boolean catchingUp;
    /** Whether something (a scroll step) refreshed the layers since the last catch-up frame, so it need not. */
    private boolean refreshedSinceFrame;
    private final AnimationTimer catchUp = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!refreshedSinceFrame) {
                refresh();
            }
            refreshedSinceFrame = false;
        }
    };

    JourneyCanvas() {
        root.getStyleClass().add(CanvasStyles.JOURNEY_MAP);
        root.setId("journeyMap");
        root.setFocusTraversable(true);
        root.setAccessibleText(Messages.text("canvas.canvas"));
        corner.getStyleClass().add(CanvasStyles.MAP_CORNER);
        addStageButton.getStyleClass().addAll(CanvasStyles.ADD_STAGE_BUTTON, CanvasStyles.BUTTON_CIRCLE);
        addStageButton.setId("addStageEnd");
        addStageButton.setTooltip(new Tooltip(Messages.text("canvas.addStageAtEnd")));
        addStageButton.setFocusTraversable(false);
        stageTop.getChildren().addAll(layers.stageHeaders.group(), paths.trackNames(), addStageButton);
        laneSide.getChildren().addAll(layers.laneHeaders.group(), emotion.scale());
        emptyHint.getStyleClass().add(CanvasStyles.MAP_EMPTY);
        emptyHint.setManaged(false);
        overlay.setManaged(false);
        root.getChildren().addAll(layers.bands.group(), layers.texts.group(), layers.pictures.group(),
                layers.notes.group(), paths.under(), emotion.curve(), layers.cards.group(), blueprint.group(),
                paths.connectors(), layers.pointWords.group(), layers.points.group(), paths.handles(), laneSide, stageTop, corner, emptyHint,
                overlay);
    }

    Pane view() {
        return root;
    }

    JourneyMap map() {
        return map;
    }

    /** The connectors, their handles and the tracks' names of a branching journey. */
    PathMarks paths() {
        return paths;
    }

    MapLayout layout() {
        return layout;
    }

    Group overlay() {
        return overlay;
    }

    Button addStageButton() {
        return addStageButton;
    }

    /** Shows {@code next}: the layout is redone, and only nodes whose face changed are rebuilt. */
    void show(JourneyMap next) {
        show(next, MapLayout.of(next, LayoutStyle.DEFAULT, view));
    }

    MapView mapView() {
        return view;
    }

    /** Lays the shown map out in another view: the blueprint orders lanes by role and draws its lines. */
    void setView(MapView next) {
        if (next != view) {
            view = next;
            if (map != null) {
                show(map);
            }
        }
    }

    /** Shows {@code next} with its layout already made (off the FX thread, when a project opens). */
    void show(JourneyMap next, MapLayout nextLayout) {
        this.map = next;
        this.layout = nextLayout;
        this.badges = ScenarioBadges.of(next);
        layers.fill(next, nextLayout, badges);
        blueprint.show(nextLayout);
        paths.show(nextLayout);
        paths.showHandles(selectedCards);
        double width = layout.width() + TRAILING_ROOM;
        root.setMinSize(width, layout.height());
        root.setPrefSize(width, layout.height());
        root.setMaxSize(width, layout.height());
        placeFixedParts();
        refresh();
    }

    /** The part of the map the window shows now (map coordinates); nodes follow it. */
    void setViewport(Box visible) {
        this.viewport = visible;
        if (!catchingUp && prepared != null && prepared.inset(VIEW_MARGIN / 4).contains(visible)) {
            stickHeaders(); // still inside what has nodes: only the headers follow the scroll
            return;
        }
        refresh();
    }

    Box viewport() {
        return viewport;
    }

    /** Whether items near the view still wait for their nodes (built a few per frame). */
    boolean buildingAhead() {
        return catchingUp;
    }

    private void refresh() {
        if (layout == null || viewport.w() <= 0 || viewport.h() <= 0) {
            return;
        }
        Box near = new Box(viewport.x() - VIEW_MARGIN, viewport.y() - VIEW_MARGIN,
                viewport.w() + 2 * VIEW_MARGIN, viewport.h() + 2 * VIEW_MARGIN);
        // The first frame of a newly opened map builds only what is in view; what lies ahead follows frame by frame.
        NodeLayer.Budget budget = new NodeLayer.Budget(prepared == null ? 0 : NODES_AHEAD_PER_FRAME);
        prepared = near;
        layers.showBody(near, viewport, budget);
        paths.showNear(near);
        stickHeaders();
        layers.laneHeaders.show(new Box(0, near.y(), layout.style().laneHeaderWidth(), near.h()));
        layers.stageHeaders.show(new Box(near.x(), 0, near.w(), layout.style().stageHeaderHeight()),
                new Box(viewport.x(), 0, viewport.w(), layout.style().stageHeaderHeight()), budget);
        catchingUp = budget.deferred();
        refreshedSinceFrame = true;
        if (catchingUp) {
            catchUp.start();
        } else {
            catchUp.stop();
        }
        emotion.draw(viewport, VIEW_MARGIN);
        layers.applyLooks();
    }

    /**
     * Headers stay in view: the lane titles slide along with a horizontal scroll, the stage names with a
     * vertical one, so a long map never loses its labels.
     */
    private void stickHeaders() {
        double stickX = Math.max(0, viewport.x());
        double stickY = Math.max(0, viewport.y());
        laneSide.setTranslateX(stickX);
        stageTop.setTranslateY(stickY);
        corner.setTranslateX(stickX);
        corner.setTranslateY(stickY);
    }

    private void placeFixedParts() {
        double headerHeight = layout.style().stageHeaderHeight();
        CanvasNodes.place(corner, new Box(0, 0, layout.style().laneHeaderWidth(), headerHeight));
        addStageButton.relocate(layout.width() + 16, (headerHeight - 32) / 2);
        emptyHint.setVisible(layout.columns().isEmpty());
        emptyHint.relocate(layout.width() + TRAILING_ROOM, headerHeight / 2 - 10);
        emptyHint.autosize();
        if (layout.columns().isEmpty()) {
            root.setMinWidth(layout.width() + TRAILING_ROOM + 520);
            root.setPrefWidth(layout.width() + TRAILING_ROOM + 520);
            root.setMaxWidth(layout.width() + TRAILING_ROOM + 520);
        }
        emotion.place(layout);
        emotion.showOther(otherCurve ? ScenarioEdits.curveToCompare(map)
                .map(id -> layout.curveOf(map.showing(id))).orElse(List.of()) : List.of());
    }

    /** The shown scenario's cards against the scenario it was copied from, as the cards show them. */
    ScenarioBadges badges() {
        return badges;
    }

    /** Draws another scenario's emotion curve dashed behind the shown one ({@link ScenarioEdits#curveToCompare}). */
    void showOtherCurve(boolean on) {
        otherCurve = on;
        if (layout != null) {
            placeFixedParts();
            emotion.draw(viewport, VIEW_MARGIN);
        }
    }

    // The emotion lane ----------------------------------------------------------------------------------

    /** Redraws the curve as if one point sat at {@code y} (while it is dragged); null ends the preview. */
    void previewEmotion(String touchpointId, Double y) {
        emotion.preview(touchpointId, y);
        emotion.draw(viewport, VIEW_MARGIN);
    }

    Optional<LaneRow> emotionRow() {
        return emotion.emotionRow();
    }

    /** Where a score sits in the emotion lane, as the layout places curve points. */
    double yOfScore(LaneRow row, int score) {
        return emotion.yOfScore(row, score);
    }

    /** The score nearest to {@code y} in the emotion lane, within −2..+2. */
    int scoreAt(LaneRow row, double y) {
        return emotion.scoreAt(row, y);
    }

    // Looks that follow the user ------------------------------------------------------------------------

    void showSelection(Set<String> cardIds, String stageId) {
        layers.showSelection(cardIds, stageId);
        selectedCards = Set.copyOf(cardIds);
        paths.showHandles(selectedCards);
        if (!cardIds.isEmpty() || stageId != null) {
            paths.select(null);
        }
    }

    /**
     * Fades the cards and notes whose evidence is not in {@code shown}, so a reader sees at a glance which
     * parts of the map are backed by research and which are assumptions or proposals.
     */
    void showEvidence(Set<Evidence> shown) {
        layers.showEvidence(shown);
    }

    /** Gives every card, now and as cards are built, the look {@code tint} paints (the satisfaction overlay). */
    void tintCards(CardTint tint) {
        layers.tintCards(tint);
    }

    // Lookups for gestures -------------------------------------------------------------------------------

    Optional<Node> cardNode(String touchpointId) {
        return layers.cardNode(touchpointId);
    }

    Optional<Node> pointNode(String touchpointId) {
        return layers.points.node(touchpointId);
    }

    Optional<Node> stageNode(String stageId) {
        return layers.stageHeaders.node(stageId);
    }

    Optional<Node> laneNode(String laneId) {
        return layers.laneHeaders.node(laneId);
    }

    Optional<StageColumn> columnAt(double x) {
        return layout.columns().stream().filter(c -> x >= c.x() && x < c.x() + c.width()).findFirst();
    }

    Optional<LaneRow> rowAt(double y) {
        return layout.rows().stream().filter(r -> y >= r.y() && y < r.y() + r.height()).findFirst();
    }

    /** How many nodes the card layer has built so far (reuse across scrolling shows as a count that stays low). */
    int cardNodesBuilt() {
        return layers.cards.createdCount();
    }

    /** How many times a card got a node other than the one it had, built or reused. */
    int cardNodesRenewed() {
        return layers.cards.renewedCount();
    }

    /** Keeps the nodes of these cards live while they are dragged, wherever the view scrolls. */
    void pinCards(Set<String> touchpointIds) {
        layers.cards.pin(touchpointIds);
    }

    int liveCardCount() {
        return layers.cards.liveNodes().size();
    }

    Stage stage(String stageId) {
        return map.stage(stageId).orElseThrow();
    }
}
