package org.journeystudio.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import org.journeystudio.editing.ScenarioBadges.Badge;
import org.journeystudio.editing.ScenarioBadges;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.CardBox;
import org.journeystudio.layout.CurvePoint;
import org.journeystudio.layout.EmotionLabels;
import org.journeystudio.layout.LaneRow;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.layout.NoteKind;
import org.journeystudio.layout.StageColumn;
import org.journeystudio.layout.StickyNote;
import org.journeystudio.layout.TextBlock;
import org.journeystudio.model.Channel;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.ui.canvas.NodeLayer.Item;

/**
 * The canvas's node layers, each filled with the faces of one kind of item from the layout, and the looks that
 * follow the user rather than the map: selection, the evidence filter and the card tint. A face says, as a value,
 * what one node shows: two equal faces draw the same node, so a layer keeps a node whose face did not change.
 */
final class CanvasLayers {
    /** Space between an emotion point's edge and its word, and the height of the word's line (10 px text). */
    private static final double WORD_GAP = 2;
    private static final double WORD_HEIGHT = 14;

    /**
     * A touchpoint card; the stage name is only there for the card's accessible text. {@code change} says whether
     * the card is new or changed in the shown scenario against the one it was copied from.
     */
    record CardFace(String title, String description, Channel channel, Evidence evidence, int emotion,
                    String emotionLabel, int painPoints, int opportunities, String stageName, Badge change,
                    boolean failPoint, String waitMark, TouchpointImage image) {
    }

    /** A stage's column header. */
    record StageFace(String name, String description, int number) {
    }

    /** A lane's row header on the left. */
    record LaneFace(String title, LaneKind kind) {
    }

    /** The background band of a column or row. */
    record BandFace(String styleClass, String variant) {
    }

    /** A pain point or opportunity sticky note. */
    record NoteFace(NoteKind kind, String text, List<String> lines, int severity, Evidence evidence) {
    }

    /** A channel label or a block of expectations. */
    record TextFace(List<String> lines, Channel channel) {
    }

    /** One point of the emotion curve. */
    record PointFace(int score, String label, String title) {
    }

    /** The word under a point of the emotion curve. */
    record WordFace(int score, String word) {
    }

    final NodeLayer<BandFace> bands = new NodeLayer<>("bands", i -> CanvasNodes.band(i.content()),
            CanvasNodes::place);
    final NodeLayer<TextFace> texts = new NodeLayer<>("texts", i -> CanvasNodes.text(i.content()),
            CanvasNodes::place, new NodeLayer.Refill<>(CanvasNodes::textStyleKey,
                    (node, item) -> CanvasNodes.refillText(node, item.content())));
    final NodeLayer<TouchpointImage> pictures = new NodeLayer<>("pictures",
            i -> CanvasNodes.picture(i.content(), i.box()), CanvasNodes::place);
    final NodeLayer<NoteFace> notes = new NodeLayer<>("notes",
            i -> CanvasNodes.note(NoteRef.ofKey(i.key()), i.content()), CanvasNodes::place,
            new NodeLayer.Refill<>(CanvasNodes::noteStyleKey,
                    (node, item) -> CanvasNodes.refillNote(node, NoteRef.ofKey(item.key()), item.content())));
    final NodeLayer<CardFace> cards = new NodeLayer<>("cards", i -> CanvasNodes.card(i.key(), i.content()),
            CanvasNodes::place, new NodeLayer.Refill<>(CardView::styleKey,
                    (node, item) -> ((CardView) node).show(item.key(), item.content())));
    final NodeLayer<PointFace> points = new NodeLayer<>("points",
            i -> CanvasNodes.point(i.key(), i.content()), CanvasNodes::place);
    final NodeLayer<WordFace> pointWords = new NodeLayer<>("point-words",
            i -> CanvasNodes.pointWord(i.key(), i.content()), CanvasNodes::place);
    final NodeLayer<LaneFace> laneHeaders = new NodeLayer<>("lane-headers",
            i -> CanvasNodes.laneHeader(i.key(), i.content()), CanvasNodes::place);
    final NodeLayer<StageFace> stageHeaders = new NodeLayer<>("stage-headers",
            i -> CanvasNodes.stageHeader(i.key(), i.content()), CanvasNodes::place);

    private Set<String> selectedCards = Set.of();
    private String selectedStage;
    private Set<Evidence> shownEvidence = Set.of(Evidence.values());
    private CardTint cardTint = CardTint.NONE;

    /** Gives every layer the faces of {@code map} as {@code layout} places them, its cards {@code badges}. */
    void fill(JourneyMap map, MapLayout layout, ScenarioBadges badges) {
        Map<String, Touchpoint> byId = new HashMap<>();
        map.touchpoints().forEach(t -> byId.put(t.id(), t));
        Map<String, String> stageNames = new HashMap<>();
        map.stages().forEach(s -> stageNames.put(s.id(), s.name()));
        bands.setItems(bandItems(layout));
        stageHeaders.setItems(stageItems(layout));
        laneHeaders.setItems(layout.rows().stream()
                .map(r -> new Item<>(r.laneId(), new LaneFace(r.title(), r.kind()), r.header())).toList());
        cards.setItems(cardItems(map, layout, byId, stageNames, badges));
        notes.setItems(noteItems(map, layout, byId));
        texts.setItems(textItems(map, layout, byId));
        pictures.setItems(layout.pictures().stream()
                .map(p -> new Item<>(p.touchpointId(), byId.get(p.touchpointId()).image(), p.box())).toList());
        points.setItems(pointItems(layout, byId));
        pointWords.setItems(wordItems(layout, byId));
    }

    /** Builds (within {@code budget}) and drops the body's nodes so that those near the view exist. */
    void showBody(Box near, Box view, NodeLayer.Budget budget) {
        bands.show(near, view, budget);
        texts.show(near, view, budget);
        pictures.show(near, view, budget);
        notes.show(near, view, budget);
        cards.show(near, view, budget);
        points.show(near, view, budget);
        pointWords.show(near, view, budget);
    }

    /** Gives nodes (new ones too) the looks of the selection, the evidence filter and the tint. */
    void applyLooks() {
        applySelection();
        applyEvidenceFilter();
        applyTint();
    }

    private static List<Item<BandFace>> bandItems(MapLayout layout) {
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

    private static List<Item<StageFace>> stageItems(MapLayout layout) {
        List<Item<StageFace>> items = new ArrayList<>();
        for (int i = 0; i < layout.columns().size(); i++) {
            StageColumn column = layout.columns().get(i);
            items.add(new Item<>(column.stageId(), new StageFace(column.name(), column.description(), i + 1),
                    column.header()));
        }
        return items;
    }

    private static List<Item<CardFace>> cardItems(JourneyMap map, MapLayout layout, Map<String, Touchpoint> byId,
                                                  Map<String, String> stageNames, ScenarioBadges badges) {
        List<Item<CardFace>> items = new ArrayList<>(layout.cards().size());
        for (CardBox box : layout.cards()) {
            Touchpoint t = byId.get(box.touchpointId());
            CardFace face = new CardFace(t.title(), t.description(), t.channel(), t.evidence(), t.emotion().score(),
                    ModelWords.emotion(t.emotion()), t.painPoints().size(), map.opportunitiesAt(t).size(),
                    stageNames.getOrDefault(t.stageId(), ""), badges.of(t.id()), t.failPoint(),
                    t.waitPoint() ? Messages.text("canvas.waitMark", t.waitDuration()).strip() : null, t.image());
            items.add(new Item<>(t.id(), face, box.box()));
        }
        return items;
    }

    private static List<Item<NoteFace>> noteItems(JourneyMap map, MapLayout layout, Map<String, Touchpoint> byId) {
        List<Item<NoteFace>> items = new ArrayList<>(layout.notes().size());
        Map<String, Integer> seen = new HashMap<>();
        for (StickyNote note : layout.notes()) {
            String base = note.touchpointId() + ":" + note.kind();
            int n = seen.merge(base, 1, Integer::sum) - 1;
            Touchpoint t = byId.get(note.touchpointId());
            Evidence evidence = note.kind() == NoteKind.PAIN_POINT
                    ? t.painPoints().get(n).evidence() : map.opportunitiesAt(t).get(n).evidence();
            items.add(new Item<>(NoteRef.key(note.touchpointId(), note.kind(), n),
                    new NoteFace(note.kind(), note.text(), note.lines(), note.severity(), evidence), note.box()));
        }
        return items;
    }

    private static List<Item<TextFace>> textItems(JourneyMap map, MapLayout layout, Map<String, Touchpoint> byId) {
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

    private static List<Item<PointFace>> pointItems(MapLayout layout, Map<String, Touchpoint> byId) {
        List<Item<PointFace>> items = new ArrayList<>(layout.curve().size());
        double r = CanvasNodes.POINT_RADIUS;
        for (CurvePoint p : layout.curve()) {
            Touchpoint t = byId.get(p.touchpointId());
            items.add(new Item<>(p.touchpointId(), new PointFace(p.score(), ModelWords.emotion(t.emotion()), t.title()),
                    new Box(p.x() - r, p.y() - r, 2 * r, 2 * r)));
        }
        return items;
    }

    /** Each point's word where its neighbours leave room, the same rule as the exports' ({@link EmotionLabels}). */
    private static List<Item<WordFace>> wordItems(MapLayout layout, Map<String, Touchpoint> byId) {
        List<CurvePoint> curve = layout.curve();
        List<Item<WordFace>> items = new ArrayList<>(curve.size());
        for (int i = 0; i < curve.size(); i++) {
            CurvePoint p = curve.get(i);
            WordFace face = new WordFace(p.score(), ModelWords.emotion(byId.get(p.touchpointId()).emotion()));
            EmotionLabels.box(curve, i, CanvasNodes.POINT_RADIUS + WORD_GAP, WORD_HEIGHT)
                    .ifPresent(box -> items.add(new Item<>(p.touchpointId(), face, box)));
        }
        return items;
    }

    // Looks that follow the user ---------------------------------------------------------------------------

    void showSelection(Set<String> cardIds, String stageId) {
        this.selectedCards = Set.copyOf(cardIds);
        this.selectedStage = stageId;
        applySelection();
    }

    private void applySelection() {
        cards.liveNodes().forEach((id, node) -> node.pseudoClassStateChanged(CanvasStyles.SELECTED, selectedCards.contains(id)));
        points.liveNodes().forEach((id, node) -> node.pseudoClassStateChanged(CanvasStyles.SELECTED, selectedCards.contains(id)));
        stageHeaders.liveNodes().forEach((id, node) -> {
            node.pseudoClassStateChanged(CanvasStyles.SELECTED, id.equals(selectedStage));
            if (id.equals(selectedStage) && node instanceof StageHeaderView header) {
                header.showAddCard();
            }
        });
    }

    void showEvidence(Set<Evidence> shown) {
        this.shownEvidence = Set.copyOf(shown);
        applyEvidenceFilter();
    }

    private void applyEvidenceFilter() {
        cards.forEachLive((face, node) -> node.pseudoClassStateChanged(CanvasStyles.FILTERED_OUT,
                !shownEvidence.contains(face.evidence())));
        notes.forEachLive((face, node) -> node.pseudoClassStateChanged(CanvasStyles.FILTERED_OUT,
                !shownEvidence.contains(face.evidence())));
    }

    void tintCards(CardTint tint) {
        this.cardTint = tint;
        applyTint();
    }

    private void applyTint() {
        cards.liveNodes().forEach(cardTint::paint);
    }

    Optional<Node> cardNode(String touchpointId) {
        return cards.node(touchpointId);
    }
}
