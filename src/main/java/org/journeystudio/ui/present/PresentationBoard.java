package org.journeystudio.ui.present;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.CardBox;
import org.journeystudio.layout.CurvePoint;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.layout.LaneRow;
import org.journeystudio.layout.LayoutStyle;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.layout.NoteKind;
import org.journeystudio.layout.StageColumn;
import org.journeystudio.layout.StickyNote;
import org.journeystudio.layout.TextBlock;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.ratings.SatisfactionScores;
import org.journeystudio.ui.StudioStyles;
import org.journeystudio.ui.heatmap.HeatmapColours;

/**
 * A read-only painting of a journey map for the projector: one group per stage column (so a whole stage can
 * be highlighted or dimmed), lane titles on the left (apart, to be pinned), and touchpoint cards that can take
 * heatmap colours in projector-safe contrast.
 */
final class PresentationBoard {
    // The board's style classes (stages, lanes, cards, notes, emotion curve); their rules are in presentation.css.
    private static final String PRESENT_STAGE = "present-stage";
    private static final String CURRENT_STAGE = "current-stage";
    private static final String PRESENT_STAGE_BACKGROUND = "present-stage-background";
    private static final String PRESENT_STAGE_TITLE = "present-stage-title";
    private static final String PRESENT_LANE = "present-lane";
    private static final String PRESENT_LANE_TITLE = "present-lane-title";
    private static final String PRESENT_LANE_TITLES = "present-lane-titles";
    private static final String PRESENT_CARD = "present-card";
    private static final String HEAT = "heat";
    private static final String PRESENT_TEXT = "present-text";
    private static final String PRESENT_NOTE = "present-note";
    private static final String PAIN_POINT = "pain-point";
    private static final String OPPORTUNITY = "opportunity";
    private static final String PRESENT_CURVE = "present-curve";
    private static final String PRESENT_EMOTION = "present-emotion";

    /** Larger type than the editor: long lines wrap sooner and cards are taller, so text reads across a room. */
    static final LayoutStyle STYLE = new LayoutStyle(210, 84, 14, 104, 12, 170, 25, 9.6, 10, 70);

    /** Opacity of the stages that are not the current one: dim, yet still legible on a washed-out projector. */
    static final double DIMMED = 0.45;

    private final JourneyMap map;
    private final MapLayout layout;
    private final Group root = new Group();
    private final Group laneTitles = new Group();
    private final Map<String, Group> stageGroups = new LinkedHashMap<>();
    private final Map<String, Label> cards = new HashMap<>();

    PresentationBoard(JourneyMap map) {
        this.map = map;
        this.layout = MapLayout.of(map, STYLE);
        Group lanes = new Group();
        // The lane titles stand on a ground of their own, so stages can slide beneath them when pinned.
        Rectangle titlesGround = new Rectangle(0, 0, layout.columns().isEmpty() ? 0 : layout.columns().get(0).x(),
                layout.height());
        titlesGround.getStyleClass().add(PRESENT_LANE_TITLES);
        laneTitles.getChildren().add(titlesGround);
        for (LaneRow row : layout.rows()) {
            lanes.getChildren().add(band(row));
            laneTitles.getChildren().add(laneTitle(row));
        }
        root.getChildren().add(lanes);
        for (StageColumn column : layout.columns()) {
            Group stage = new Group(stageBackground(column), stageTitle(column));
            stage.setId("present-stage-" + column.stageId());
            stage.getStyleClass().add(PRESENT_STAGE);
            stageGroups.put(column.stageId(), stage);
            root.getChildren().add(stage);
        }
        for (CardBox card : layout.cards()) {
            map.touchpoint(card.touchpointId()).ifPresent(t -> add(t.stageId(), card(t, card.box())));
        }
        for (TextBlock text : layout.texts()) {
            addAt(text.box(), text(text));
        }
        for (StickyNote note : layout.notes()) {
            addAt(note.box(), note(note));
        }
        paintCurve();
    }

    Node view() {
        return root;
    }

    /** The lane titles, drawn apart from the map so that they can stay at the left while the stages move. */
    Node laneTitles() {
        return laneTitles;
    }

    MapLayout layout() {
        return layout;
    }

    /** The stage groups, left to right. */
    List<Group> stages() {
        return List.copyOf(stageGroups.values());
    }

    /** Highlights the stage at {@code index} and dims the others. */
    void highlight(int index) {
        int i = 0;
        for (Group stage : stageGroups.values()) {
            boolean current = i++ == index;
            stage.setOpacity(current ? 1 : DIMMED);
            StudioStyles.toggle(stage, CURRENT_STAGE, current);
        }
    }

    /** Colours every card by its score ({@code scores} given) or gives them back their plain look (null). */
    void colourCards(SatisfactionScores scores) {
        DivergingScale scale = new DivergingScale(map.scale());
        for (Touchpoint touchpoint : map.touchpoints()) {
            Label card = cards.get(touchpoint.id());
            if (card == null) {
                continue;
            }
            if (scores == null) {
                card.setStyle("");
                StudioStyles.toggle(card, HEAT, false);
                continue;
            }
            card.setStyle(HeatmapColours.projectorLabelStyle(scale.rgb(scores.score(touchpoint))));
            StudioStyles.toggle(card, HEAT, true);
        }
    }

    private void add(String stageId, Node node) {
        Group stage = stageGroups.get(stageId);
        if (stage != null) {
            stage.getChildren().add(node);
        }
    }

    /** Derived lanes name no stage of their own: their pieces go to the column they lie in. */
    private void addAt(Box box, Node node) {
        for (StageColumn column : layout.columns()) {
            if (box.centerX() >= column.x() && box.centerX() < column.x() + column.width()) {
                add(column.stageId(), node);
                return;
            }
        }
    }

    private Label card(Touchpoint touchpoint, Box box) {
        Label card = sized(new Label(touchpoint.title()), box);
        card.setId("present-card-" + touchpoint.id());
        card.getStyleClass().add(PRESENT_CARD);
        card.setWrapText(true);
        cards.put(touchpoint.id(), card);
        return card;
    }

    private Label text(TextBlock text) {
        Label label = sized(new Label(String.join("\n", text.lines())), text.box());
        label.getStyleClass().add(PRESENT_TEXT);
        return label;
    }

    private Label note(StickyNote note) {
        Label label = sized(new Label(String.join("\n", note.lines())), note.box());
        label.getStyleClass().addAll(PRESENT_NOTE,
                note.kind() == NoteKind.PAIN_POINT ? PAIN_POINT : OPPORTUNITY);
        return label;
    }

    /** Each piece of the emotion curve belongs to the stage it ends in, so it dims and lights with that stage. */
    private void paintCurve() {
        CurvePoint previous = null;
        for (CurvePoint point : layout.curve()) {
            String stageId = map.touchpoint(point.touchpointId()).map(Touchpoint::stageId).orElse("");
            if (previous != null) {
                Line piece = new Line(previous.x(), previous.y(), point.x(), point.y());
                piece.getStyleClass().add(PRESENT_CURVE);
                add(stageId, piece);
            }
            Circle dot = new Circle(point.x(), point.y(), 9);
            dot.getStyleClass().addAll(PRESENT_EMOTION, StudioStyles.emotionScore(point.score()));
            add(stageId, dot);
            previous = point;
        }
    }

    private static Rectangle band(LaneRow row) {
        Rectangle band = new Rectangle(row.header().x(), row.header().y(),
                row.header().w() + row.body().w(), row.body().h());
        band.getStyleClass().add(PRESENT_LANE);
        return band;
    }

    private static Label laneTitle(LaneRow row) {
        Label title = sized(new Label(row.title()), row.header().inset(STYLE.cellPadding()));
        title.getStyleClass().add(PRESENT_LANE_TITLE);
        title.setWrapText(true);
        return title;
    }

    private static Rectangle stageBackground(StageColumn column) {
        Box body = column.body();
        Rectangle rect = new Rectangle(body.x() + 3, column.header().y() + 3, body.w() - 6,
                body.bottom() - column.header().y() - 6);
        rect.setArcWidth(18);
        rect.setArcHeight(18);
        rect.getStyleClass().add(PRESENT_STAGE_BACKGROUND);
        return rect;
    }

    private static Label stageTitle(StageColumn column) {
        Label title = sized(new Label(column.name()), column.header().inset(STYLE.cellPadding()));
        title.getStyleClass().add(PRESENT_STAGE_TITLE);
        title.setWrapText(true);
        return title;
    }

    private static Label sized(Label label, Box box) {
        label.setMinSize(box.w(), box.h());
        label.setPrefSize(box.w(), box.h());
        label.setMaxSize(box.w(), box.h());
        label.relocate(box.x(), box.y());
        return label;
    }
}
