package org.journeystudio.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.CardBox;
import org.journeystudio.layout.CurvePoint;
import org.journeystudio.layout.LaneRow;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.layout.NoteKind;
import org.journeystudio.layout.SmoothCurve;
import org.journeystudio.layout.StageColumn;
import org.journeystudio.layout.StickyNote;
import org.journeystudio.layout.TextBlock;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.ui.canvas.CanvasFaces.BandFace;
import org.journeystudio.ui.canvas.CanvasFaces.CardFace;
import org.journeystudio.ui.canvas.CanvasFaces.LaneFace;
import org.journeystudio.ui.canvas.CanvasFaces.NoteFace;
import org.journeystudio.ui.canvas.CanvasFaces.PointFace;
import org.journeystudio.ui.canvas.CanvasFaces.StageFace;
import org.journeystudio.ui.canvas.CanvasFaces.TextFace;
import org.journeystudio.ui.canvas.NodeLayer.Item;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The journey map as live nodes, in map coordinates, painted from the shared {@link MapLayout}. Layers from
 * bottom to top: bands, lane texts, sticky notes, the emotion curve, cards, curve points, then the lane
 * headers (kept in view on the left) and stage headers (kept in view at the top), then an overlay for drop
 * indicators and in-place editors. Only items near the viewport have nodes ({@link NodeLayer}).
 */
final class JourneyCanvas {
    /** Room right of the last stage for the "add stage" button. */
    static final double TRAILING_ROOM = 72;
    private static final double VIEW_MARGIN = 240;
    /** Nodes built ahead of the scroll per frame: a stage column brings about 80 (cards, notes, texts, points). */
    private static final int NODES_AHEAD_PER_FRAME = 16;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass FILTERED_OUT = PseudoClass.getPseudoClass("filtered-out");

    private final Pane root = new Pane();
    private final NodeLayer<BandFace> bands = new NodeLayer<>("bands", i -> CanvasNodes.band(i.content()),
            CanvasNodes::place);
    private final NodeLayer<TextFace> texts = new NodeLayer<>("texts", i -> CanvasNodes.text(i.content()),
            CanvasNodes::place, new NodeLayer.Refill<>(CanvasNodes::textStyleKey,
                    (node, item) -> CanvasNodes.refillText(node, item.content())));
    private final NodeLayer<NoteFace> notes = new NodeLayer<>("notes",
            i -> CanvasNodes.note(NoteRef.ofKey(i.key()), i.content()), CanvasNodes::place,
            new NodeLayer.Refill<>(CanvasNodes::noteStyleKey,
                    (node, item) -> CanvasNodes.refillNote(node, NoteRef.ofKey(item.key()), item.content())));
    private final NodeLayer<CardFace> cards = new NodeLayer<>("cards", i -> CanvasNodes.card(i.key(), i.content()),
            CanvasNodes::place, new NodeLayer.Refill<>(CardView::styleKey,
                    (node, item) -> ((CardView) node).show(item.key(), item.content())));
    private final NodeLayer<PointFace> points = new NodeLayer<>("points",
            i -> CanvasNodes.point(i.key(), i.content()), CanvasNodes::place);
    private final NodeLayer<LaneFace> laneHeaders = new NodeLayer<>("lane-headers",
            i -> CanvasNodes.laneHeader(i.key(), i.content()), CanvasNodes::place);
    private final NodeLayer<StageFace> stageHeaders = new NodeLayer<>("stage-headers",
            i -> CanvasNodes.stageHeader(i.key(), i.content()), CanvasNodes::place);
    private final Group curve = new Group();
    private final Path curvePath = new Path();
    private final Group emotionScale = new Group();
    private final Group laneSide = new Group();
    private final Group stageTop = new Group();
    private final Region corner = new Region();
    private final Button addStageButton = new Button(null, new FontIcon(Feather.PLUS));
    private final Group overlay = new Group();
    private final Label emptyHint = new Label("This map has no stages yet. Add one with the + button or Ctrl+Shift+Enter.");

    private JourneyMap map;
    private MapLayout layout;
    /** Empty until the window has laid the canvas out: nodes are built only for the part that is shown. */
    private Box viewport = new Box(0, 0, 0, 0);
    /** The area the layers were last brought up to date for; scrolling within it needs no node work. */
    private Box prepared;
    private Set<String> selectedCards = Set.of();
    private String selectedStage;
    private final Map<String, Double> previewY = new HashMap<>();
    private Set<Evidence> shownEvidence = Set.of(Evidence.values());
    private CardTint cardTint = CardTint.NONE;
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
        root.getStyleClass().add("journey-map");
        root.setId("journeyMap");
        root.setFocusTraversable(true);
        root.setAccessibleText("Journey map canvas");
        curvePath.getStyleClass().add("emotion-curve");
        curvePath.setId("emotionCurve");
        curvePath.setMouseTransparent(true);
        curve.getChildren().add(curvePath);
        corner.getStyleClass().add("map-corner");
        addStageButton.getStyleClass().addAll("add-stage-button", "button-circle");
        addStageButton.setId("addStageEnd");
        addStageButton.setTooltip(new Tooltip("Add a stage at the end (Ctrl+Shift+Enter)"));
        addStageButton.setFocusTraversable(false);
        stageTop.getChildren().addAll(stageHeaders.group(), addStageButton);
        laneSide.getChildren().addAll(laneHeaders.group(), emotionScale);
        emptyHint.getStyleClass().add("map-empty");
        emptyHint.setManaged(false);
        overlay.setManaged(false);
        root.getChildren().addAll(bands.group(), texts.group(), notes.group(), curve, cards.group(),
                points.group(), laneSide, stageTop, corner, emptyHint, overlay);
    }

    Pane view() {
        return root;
    }

    JourneyMap map() {
        return map;
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
        show(next, MapLayout.of(next));
    }

    /** Shows {@code next} with its layout already made (off the FX thread, when a project opens). */
    void show(JourneyMap next, MapLayout nextLayout) {
        this.map = next;
        this.layout = nextLayout;
        Map<String, Touchpoint> byId = new HashMap<>();
        next.touchpoints().forEach(t -> byId.put(t.id(), t));
        Map<String, String> stageNames = new HashMap<>();
        next.stages().forEach(s -> stageNames.put(s.id(), s.name()));
        bands.setItems(bandItems());
        stageHeaders.setItems(stageItems());
        laneHeaders.setItems(layout.rows().stream()
                .map(r -> new Item<>(r.laneId(), new LaneFace(r.title(), r.kind()), r.header())).toList());
        cards.setItems(cardItems(byId, stageNames));
        notes.setItems(noteItems(byId));
        texts.setItems(textItems(byId));
        points.setItems(pointItems(byId));
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
        bands.show(near, viewport, budget);
        texts.show(near, viewport, budget);
        notes.show(near, viewport, budget);
        cards.show(near, viewport, budget);
        points.show(near, viewport, budget);
        stickHeaders();
        laneHeaders.show(new Box(0, near.y(), layout.style().laneHeaderWidth(), near.h()));
        stageHeaders.show(new Box(near.x(), 0, near.w(), layout.style().stageHeaderHeight()),
                new Box(viewport.x(), 0, viewport.w(), layout.style().stageHeaderHeight()), budget);
        catchingUp = budget.deferred();
        refreshedSinceFrame = true;
        if (catchingUp) {
            catchUp.start();
        } else {
            catchUp.stop();
        }
        drawCurve();
        applySelection();
        applyEvidenceFilter();
        applyTint();
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
        emotionScale.getChildren().clear();
        curve.getChildren().retainAll(curvePath);
        emotionRow().ifPresent(row -> {
            Line neutral = new Line(row.body().x(), row.body().centerY(), row.body().right(), row.body().centerY());
            neutral.getStyleClass().add("emotion-neutral-line");
            neutral.setMouseTransparent(true);
            curve.getChildren().add(0, neutral);
            for (int score = Emotion.MAX; score >= Emotion.MIN; score--) {
                Label mark = new Label(CanvasNodes.emotionWord(score), new FontIcon(CanvasNodes.emotionIcon(score)));
                mark.getStyleClass().addAll("emotion-scale", CanvasNodes.emotionClass(score),
                        CanvasNodes.scoreClass(score));
                mark.setAlignment(Pos.CENTER_RIGHT);
                mark.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                CanvasNodes.place(mark, new Box(row.header().x(), yOfScore(row, score) - 8, row.header().w() - 10, 16));
                emotionScale.getChildren().add(mark);
            }
        });
    }

    private List<Item<BandFace>> bandItems() {
        List<Item<BandFace>> items = new ArrayList<>();
        for (int i = 0; i < layout.columns().size(); i++) {
            StageColumn column = layout.columns().get(i);
            items.add(new Item<>("s:" + column.stageId(), new BandFace("stage-band", i % 2 == 0 ? "even" : "odd"),
                    column.body()));
        }
        for (LaneRow row : layout.rows()) {
            items.add(new Item<>("l:" + row.laneId(), new BandFace("lane-band", CanvasNodes.laneClass(row.kind())),
                    row.body()));
        }
        return items;
    }

    private List<Item<StageFace>> stageItems() {
        List<Item<StageFace>> items = new ArrayList<>();
        for (int i = 0; i < layout.columns().size(); i++) {
            StageColumn column = layout.columns().get(i);
            items.add(new Item<>(column.stageId(), new StageFace(column.name(), column.description(), i + 1),
                    column.header()));
        }
        return items;
    }

    private List<Item<CardFace>> cardItems(Map<String, Touchpoint> byId, Map<String, String> stageNames) {
        List<Item<CardFace>> items = new ArrayList<>(layout.cards().size());
        for (CardBox box : layout.cards()) {
            Touchpoint t = byId.get(box.touchpointId());
            CardFace face = new CardFace(t.title(), t.description(), t.channel(), t.evidence(), t.emotion().score(),
                    t.emotion().displayLabel(), t.painPoints().size(), t.opportunities().size(),
                    stageNames.getOrDefault(t.stageId(), ""));
            items.add(new Item<>(t.id(), face, box.box()));
        }
        return items;
    }

    private List<Item<NoteFace>> noteItems(Map<String, Touchpoint> byId) {
        List<Item<NoteFace>> items = new ArrayList<>(layout.notes().size());
        Map<String, Integer> seen = new HashMap<>();
        for (StickyNote note : layout.notes()) {
            String base = note.touchpointId() + ":" + note.kind();
            int n = seen.merge(base, 1, Integer::sum) - 1;
            Touchpoint t = byId.get(note.touchpointId());
            Evidence evidence = note.kind() == NoteKind.PAIN_POINT
                    ? t.painPoints().get(n).evidence() : t.opportunities().get(n).evidence();
            items.add(new Item<>(NoteRef.key(note.touchpointId(), note.kind(), n),
                    new NoteFace(note.kind(), note.text(), note.lines(), note.severity(), evidence), note.box()));
        }
        return items;
    }

    private List<Item<TextFace>> textItems(Map<String, Touchpoint> byId) {
        List<Item<TextFace>> items = new ArrayList<>(layout.texts().size());
        Map<String, LaneKind> kinds = new HashMap<>();
        map.lanes().forEach(l -> kinds.put(l.id(), l.kind()));
        for (TextBlock block : layout.texts()) {
            boolean channel = kinds.get(block.laneId()) == LaneKind.CHANNEL;
            TextFace face = new TextFace(block.lines(), channel ? byId.get(block.touchpointId()).channel() : null);
            items.add(new Item<>(block.touchpointId() + ":" + block.laneId(), face, block.box()));
        }
        return items;
    }

    private List<Item<PointFace>> pointItems(Map<String, Touchpoint> byId) {
        List<Item<PointFace>> items = new ArrayList<>(layout.curve().size());
        double r = CanvasNodes.POINT_RADIUS;
        for (CurvePoint p : layout.curve()) {
            Touchpoint t = byId.get(p.touchpointId());
            items.add(new Item<>(p.touchpointId(), new PointFace(p.score(), t.emotion().displayLabel(), t.title()),
                    new Box(p.x() - r, p.y() - r, 2 * r, 2 * r)));
        }
        return items;
    }

    /** The curve through the points near the viewport only: a 1,000-point path costs every frame it is drawn. */
    private void drawCurve() {
        curvePath.getElements().clear();
        List<CurvePoint> all = layout.curve();
        Optional<LaneRow> row = emotionRow();
        if (all.size() < 2 || row.isEmpty()) {
            return;
        }
        double from = viewport.x() - VIEW_MARGIN;
        double to = viewport.right() + VIEW_MARGIN;
        int first = 0;
        while (first < all.size() - 1 && all.get(first + 1).x() < from) {
            first++;
        }
        int last = all.size() - 1;
        while (last > first && all.get(last - 1).x() > to) {
            last--;
        }
        List<CurvePoint> shown = new ArrayList<>();
        for (int i = Math.max(0, first - 1); i <= Math.min(all.size() - 1, last + 1); i++) {
            CurvePoint p = all.get(i);
            Double y = previewY.get(p.touchpointId());
            shown.add(y == null ? p : new CurvePoint(p.touchpointId(), p.score(), p.x(), y));
        }
        Box lane = row.get().body();
        curvePath.getElements().add(new MoveTo(shown.get(0).x(), shown.get(0).y()));
        for (SmoothCurve.Segment s : SmoothCurve.through(shown, lane.y(), lane.bottom())) {
            curvePath.getElements().add(new CubicCurveTo(s.c1x(), s.c1y(), s.c2x(), s.c2y(), s.x2(), s.y2()));
        }
    }

    /** Redraws the curve as if one point sat at {@code y} (while it is dragged); null ends the preview. */
    void previewEmotion(String touchpointId, Double y) {
        if (y == null) {
            previewY.remove(touchpointId);
        } else {
            previewY.put(touchpointId, y);
        }
        drawCurve();
    }

    Optional<LaneRow> emotionRow() {
        return layout.rows().stream().filter(r -> r.kind() == LaneKind.EMOTION).findFirst();
    }

    /** Where a score sits in the emotion lane, as the layout places curve points. */
    double yOfScore(LaneRow row, int score) {
        double pad = layout.style().cellPadding();
        double span = row.height() - 2 * pad;
        return row.y() + pad + span * (Emotion.MAX - score) / (double) (Emotion.MAX - Emotion.MIN);
    }

    /** The score nearest to {@code y} in the emotion lane, within −2..+2. */
    int scoreAt(LaneRow row, double y) {
        double pad = layout.style().cellPadding();
        double span = row.height() - 2 * pad;
        long score = Math.round(Emotion.MAX - (y - row.y() - pad) / span * (Emotion.MAX - Emotion.MIN));
        return (int) Math.max(Emotion.MIN, Math.min(Emotion.MAX, score));
    }

    // Selection --------------------------------------------------------------------------------------------

    void showSelection(Set<String> cardIds, String stageId) {
        this.selectedCards = Set.copyOf(cardIds);
        this.selectedStage = stageId;
        applySelection();
    }

    private void applySelection() {
        cards.liveNodes().forEach((id, node) -> node.pseudoClassStateChanged(SELECTED, selectedCards.contains(id)));
        points.liveNodes().forEach((id, node) -> node.pseudoClassStateChanged(SELECTED, selectedCards.contains(id)));
        stageHeaders.liveNodes().forEach((id, node) -> {
            node.pseudoClassStateChanged(SELECTED, id.equals(selectedStage));
            if (id.equals(selectedStage) && node instanceof StageHeaderView header) {
                header.showAddCard();
            }
        });
    }

    /**
     * Fades the cards and notes whose evidence is not in {@code shown}, so a reader sees at a glance which
     * parts of the map are backed by research and which are assumptions or proposals.
     */
    void showEvidence(Set<Evidence> shown) {
        this.shownEvidence = Set.copyOf(shown);
        applyEvidenceFilter();
    }

    private void applyEvidenceFilter() {
        cards.forEachLive((face, node) -> node.pseudoClassStateChanged(FILTERED_OUT,
                !shownEvidence.contains(face.evidence())));
        notes.forEachLive((face, node) -> node.pseudoClassStateChanged(FILTERED_OUT,
                !shownEvidence.contains(face.evidence())));
    }

    /** Gives every card, now and as cards are built, the look {@code tint} paints (the satisfaction overlay). */
    void tintCards(CardTint tint) {
        this.cardTint = tint;
        applyTint();
    }

    private void applyTint() {
        cards.liveNodes().forEach(cardTint::paint);
    }

    // Lookups for gestures -------------------------------------------------------------------------------

    Optional<Node> cardNode(String touchpointId) {
        return cards.node(touchpointId);
    }

    Optional<Node> pointNode(String touchpointId) {
        return points.node(touchpointId);
    }

    Optional<Node> stageNode(String stageId) {
        return stageHeaders.node(stageId);
    }

    Optional<Node> laneNode(String laneId) {
        return laneHeaders.node(laneId);
    }

    Optional<StageColumn> columnAt(double x) {
        return layout.columns().stream().filter(c -> x >= c.x() && x < c.x() + c.width()).findFirst();
    }

    Optional<LaneRow> rowAt(double y) {
        return layout.rows().stream().filter(r -> y >= r.y() && y < r.y() + r.height()).findFirst();
    }

    /** How many nodes the card layer has built so far (reuse across scrolling shows as a count that stays low). */
    int cardNodesBuilt() {
        return cards.createdCount();
    }

    /** How many times a card got a node other than the one it had, built or reused. */
    int cardNodesRenewed() {
        return cards.renewedCount();
    }

    /** Keeps the nodes of these cards live while they are dragged, wherever the view scrolls. */
    void pinCards(Set<String> touchpointIds) {
        cards.pin(touchpointIds);
    }

    int liveCardCount() {
        return cards.liveNodes().size();
    }

    Stage stage(String stageId) {
        return map.stage(stageId).orElseThrow();
    }
}
