package org.journeystudio.ui.map;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.control.Tooltip;
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
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LaneKind;
import org.journeystudio.model.Touchpoint;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Paints a {@link MapLayout} as nodes, bottom to top: stage bands and lane bands, headers, then cards, notes
 * and text, then the emotion curve. Every box comes from the layout; this class only chooses the look,
 * which lives in map.css.
 */
final class MapPainter {
    private final JourneyMap map;
    private final MapLayout layout;

    MapPainter(JourneyMap map, MapLayout layout) {
        this.map = map;
        this.layout = layout;
    }

    Pane paint() {
        Pane canvas = new Pane();
        canvas.getStyleClass().add("journey-map");
        canvas.setId("journeyMap");
        canvas.setPrefSize(layout.width(), layout.height());
        canvas.setMinSize(layout.width(), layout.height());
        paintBands(canvas);
        paintHeaders(canvas);
        layout.cards().forEach(card -> canvas.getChildren().add(card(card)));
        layout.notes().forEach(note -> canvas.getChildren().add(note(note)));
        layout.texts().forEach(text -> canvas.getChildren().add(text(text)));
        layout.rows().stream().filter(r -> r.kind() == LaneKind.EMOTION).findFirst()
                .ifPresent(row -> paintEmotion(canvas, row));
        if (layout.columns().isEmpty()) {
            Label empty = new Label("This map has no stages yet.");
            empty.getStyleClass().add("map-empty");
            place(empty, new Box(layout.width() + 24, 0, 320, headerHeight(layout)));
            canvas.setMinWidth(layout.width() + 360);
            canvas.getChildren().add(empty);
        }
        return canvas;
    }

    private void paintBands(Pane canvas) {
        for (int i = 0; i < layout.columns().size(); i++) {
            Region band = region(layout.columns().get(i).body(), "stage-band", i % 2 == 0 ? "even" : "odd");
            canvas.getChildren().add(band);
        }
        for (LaneRow row : layout.rows()) {
            canvas.getChildren().add(region(row.body(), "lane-band", lane(row.kind())));
        }
    }

    private void paintHeaders(Pane canvas) {
        double headerHeight = layout.rows().isEmpty() ? layout.height() : layout.rows().get(0).y();
        double laneHeaderWidth = layout.rows().isEmpty() ? layout.width() : layout.rows().get(0).header().w();
        canvas.getChildren().add(region(new Box(0, 0, laneHeaderWidth, headerHeight), "map-corner"));
        for (int i = 0; i < layout.columns().size(); i++) {
            canvas.getChildren().add(stageHeader(layout.columns().get(i), i + 1));
        }
        for (LaneRow row : layout.rows()) {
            Label title = new Label(row.title(), new FontIcon(laneIcon(row.kind())));
            title.getStyleClass().addAll("lane-header", lane(row.kind()));
            title.setId("lane-" + row.laneId());
            title.setWrapText(true);
            place(title, row.header());
            canvas.getChildren().add(title);
        }
    }

    private Node stageHeader(StageColumn column, int number) {
        Label index = new Label(String.valueOf(number));
        index.getStyleClass().add("stage-number");
        Label name = new Label(column.name());
        name.getStyleClass().add("stage-name");
        HBox top = new HBox(8, index, name);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox header = new VBox(2, top);
        if (!column.description().isEmpty()) {
            Label description = new Label(column.description());
            description.getStyleClass().add("stage-description");
            header.getChildren().add(description);
        }
        header.getStyleClass().add("stage-header");
        header.setId("stage-" + column.stageId());
        place(header, column.header());
        return header;
    }

    private Node card(CardBox box) {
        Touchpoint touchpoint = map.touchpoint(box.touchpointId()).orElseThrow();
        Label title = new Label(touchpoint.title().isEmpty() ? "Untitled touchpoint" : touchpoint.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        Label channel = new Label(touchpoint.channel().label(), new FontIcon(channelIcon(touchpoint.channel().kind())));
        channel.getStyleClass().add("card-channel");
        Region spacer = new Region();
        VBox.setVgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        VBox card = new VBox(4, title, spacer, channel);
        card.getStyleClass().addAll("touchpoint-card", emotionClass(touchpoint.emotion().score()));
        card.setId("card-" + touchpoint.id());
        if (!touchpoint.description().isEmpty()) {
            Tooltip.install(card, new Tooltip(touchpoint.description()));
        }
        place(card, box.box());
        return card;
    }

    private Node note(StickyNote note) {
        Label text = new Label(note.text());
        text.setWrapText(true);
        text.getStyleClass().addAll("sticky-note",
                note.kind() == NoteKind.PAIN_POINT ? "pain-point" : "opportunity");
        if (note.kind() == NoteKind.PAIN_POINT) {
            text.getStyleClass().add("severity-" + note.severity());
        }
        place(text, note.box());
        return text;
    }

    private Node text(TextBlock block) {
        boolean channel = map.lane(block.laneId()).map(l -> l.kind() == LaneKind.CHANNEL).orElse(false);
        Label label = new Label(block.text());
        label.getStyleClass().add(channel ? "channel-label" : "expectation-text");
        if (channel) {
            map.touchpoint(block.touchpointId()).ifPresent(t ->
                    label.setGraphic(new FontIcon(channelIcon(t.channel().kind()))));
        }
        place(label, block.box());
        return label;
    }

    private void paintEmotion(Pane canvas, LaneRow row) {
        List<CurvePoint> points = layout.curve();
        Box lane = row.body();
        double neutralY = lane.centerY();
        paintEmotionScale(canvas, row);
        Line neutral = new Line(lane.x(), neutralY, lane.right(), neutralY);
        neutral.getStyleClass().add("emotion-neutral-line");
        canvas.getChildren().add(neutral);
        if (points.isEmpty()) {
            return;
        }
        Path curve = new Path(new MoveTo(points.get(0).x(), points.get(0).y()));
        for (SmoothCurve.Segment s : SmoothCurve.through(points, lane.y(), lane.bottom())) {
            curve.getElements().add(new CubicCurveTo(s.c1x(), s.c1y(), s.c2x(), s.c2y(), s.x2(), s.y2()));
        }
        curve.getStyleClass().add("emotion-curve");
        curve.setId("emotionCurve");
        canvas.getChildren().add(curve);
        for (CurvePoint point : points) {
            Circle dot = new Circle(point.x(), point.y(), 6);
            dot.getStyleClass().addAll("emotion-point", emotionClass(point.score()));
            dot.setId("emotion-" + point.touchpointId());
            String label = map.touchpoint(point.touchpointId()).map(t -> t.emotion().displayLabel())
                    .orElse(Emotion.defaultLabel(point.score()));
            Tooltip.install(dot, new Tooltip(label));
            canvas.getChildren().add(dot);
        }
    }

    /** Small +2 / 0 / −2 marks at the right edge of the lane title, level with the curve's extremes. */
    private void paintEmotionScale(Pane canvas, LaneRow row) {
        double pad = (row.height() - curveSpan(row)) / 2;
        int[] scores = {Emotion.MAX, 0, Emotion.MIN};
        for (int score : scores) {
            double y = row.y() + pad + curveSpan(row) * (Emotion.MAX - score) / (double) (Emotion.MAX - Emotion.MIN);
            Label mark = new Label(Emotion.defaultLabel(score));
            mark.getStyleClass().addAll("emotion-scale", emotionClass(score));
            mark.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            place(mark, new Box(row.header().x(), y - 8, row.header().w() - 10, 16));
            canvas.getChildren().add(mark);
        }
    }

    /** The curve spans the lane less the cell padding on each side, as the layout placed its points. */
    private double curveSpan(LaneRow row) {
        return row.height() - 2 * layout.style().cellPadding();
    }

    private static double headerHeight(MapLayout layout) {
        return layout.rows().isEmpty() ? layout.height() : layout.rows().get(0).y();
    }

    private static Region region(Box box, String... styleClasses) {
        Region region = new Region();
        region.getStyleClass().addAll(styleClasses);
        region.setMouseTransparent(true);
        place(region, box);
        return region;
    }

    /** Fixes a node to its layout box: the layout, not the node's content, decides the size. */
    private static void place(Region node, Box box) {
        node.relocate(box.x(), box.y());
        node.setMinSize(box.w(), box.h());
        node.setPrefSize(box.w(), box.h());
        node.setMaxSize(box.w(), box.h());
    }

    private static String lane(LaneKind kind) {
        return "lane-" + kind.name().toLowerCase().replace('_', '-');
    }

    static String emotionClass(int score) {
        return score > 0 ? "emotion-positive" : score < 0 ? "emotion-negative" : "emotion-neutral";
    }

    static Feather channelIcon(ChannelKind kind) {
        return switch (kind) {
            case WEB -> Feather.GLOBE;
            case MOBILE_APP -> Feather.SMARTPHONE;
            case STORE -> Feather.SHOPPING_BAG;
            case PHONE -> Feather.PHONE;
            case EMAIL -> Feather.MAIL;
            case SOCIAL -> Feather.SHARE_2;
            case CHAT -> Feather.MESSAGE_CIRCLE;
            case DELIVERY -> Feather.TRUCK;
            case OTHER -> Feather.MORE_HORIZONTAL;
        };
    }

    private static Feather laneIcon(LaneKind kind) {
        return switch (kind) {
            case TOUCHPOINTS -> Feather.MAP_PIN;
            case CHANNEL -> Feather.RADIO;
            case EMOTION -> Feather.SMILE;
            case EXPECTATIONS -> Feather.TARGET;
            case PAIN_POINTS -> Feather.ALERT_TRIANGLE;
            case OPPORTUNITIES -> Feather.ZAP;
            case BACKSTAGE -> Feather.LAYERS;
            case NOTES -> Feather.FILE_TEXT;
            case CUSTOM -> Feather.GRID;
        };
    }
}
