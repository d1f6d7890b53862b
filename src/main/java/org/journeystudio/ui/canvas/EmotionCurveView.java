package org.journeystudio.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.CurvePoint;
import org.journeystudio.layout.LaneRow;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.layout.SmoothCurve;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.LaneKind;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The emotion lane's drawing: the curve through the points (only near the view), another scenario's curve
 * dashed behind it when asked, its neutral line, and the scale of faces beside the lane header; also where a
 * score sits in the lane, for the point drag.
 */
final class EmotionCurveView {
    private final Group curve = new Group();
    private final Path curvePath = new Path();
    private final Path otherPath = new Path();
    /** The other scenario's points in this layout's columns; empty when its curve is not shown. */
    private List<CurvePoint> other = List.of();
    private final Group scale = new Group();
    private final Map<String, Double> previewY = new HashMap<>();
    private MapLayout layout;

    EmotionCurveView() {
        curvePath.getStyleClass().add(CanvasStyles.EMOTION_CURVE);
        curvePath.setId("emotionCurve");
        curvePath.setMouseTransparent(true);
        otherPath.getStyleClass().add(CanvasStyles.EMOTION_CURVE_OTHER);
        otherPath.setId("otherScenarioCurve");
        otherPath.setMouseTransparent(true);
        curve.getChildren().addAll(otherPath, curvePath);
    }

    /** The curve and its neutral line, drawn over the notes and under the cards. */
    Group curve() {
        return curve;
    }

    /** The faces beside the lane header, which stay in view with the lane headers. */
    Group scale() {
        return scale;
    }

    /** A new layout: the neutral line and the scale move with the lane. */
    void place(MapLayout next) {
        this.layout = next;
        scale.getChildren().clear();
        curve.getChildren().retainAll(otherPath, curvePath);
        emotionRow().ifPresent(row -> {
            Line neutral = new Line(row.body().x(), row.body().centerY(), row.body().right(), row.body().centerY());
            neutral.getStyleClass().add(CanvasStyles.EMOTION_NEUTRAL_LINE);
            neutral.setMouseTransparent(true);
            curve.getChildren().add(0, neutral);
            for (int score = Emotion.MAX; score >= Emotion.MIN; score--) {
                Label mark = new Label(CanvasNodes.emotionWord(score), new FontIcon(CanvasNodes.emotionIcon(score)));
                mark.getStyleClass().addAll(CanvasStyles.EMOTION_SCALE, CanvasNodes.emotionClass(score),
                        CanvasNodes.scoreClass(score));
                mark.setAlignment(Pos.CENTER_RIGHT);
                mark.setContentDisplay(ContentDisplay.RIGHT);
                CanvasNodes.place(mark, new Box(row.header().x(), yOfScore(row, score) - 8, row.header().w() - 10, 16));
                scale.getChildren().add(mark);
            }
        });
    }

    /** From the next {@link #draw} on, also draws {@code points} (another scenario's curve) dashed; empty: none. */
    void showOther(List<CurvePoint> points) {
        other = List.copyOf(points);
    }

    /** Draws the curves through the points within {@code margin} of {@code viewport}: a 1,000-point path costs every frame. */
    void draw(Box viewport, double margin) {
        drawPath(otherPath, other, Map.of(), viewport, margin);
        drawPath(curvePath, layout.curve(), previewY, viewport, margin);
    }

    private void drawPath(Path path, List<CurvePoint> all, Map<String, Double> moved, Box viewport, double margin) {
        path.getElements().clear();
        Optional<LaneRow> row = emotionRow();
        if (all.size() < 2 || row.isEmpty()) {
            return;
        }
        double from = viewport.x() - margin;
        double to = viewport.right() + margin;
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
            Double y = moved.get(p.touchpointId());
            shown.add(y == null ? p : new CurvePoint(p.touchpointId(), p.score(), p.x(), y));
        }
        Box lane = row.get().body();
        path.getElements().add(new MoveTo(shown.get(0).x(), shown.get(0).y()));
        for (SmoothCurve.Segment s : SmoothCurve.through(shown, lane.y(), lane.bottom())) {
            path.getElements().add(new CubicCurveTo(s.c1x(), s.c1y(), s.c2x(), s.c2y(), s.x2(), s.y2()));
        }
    }

    /** From the next {@link #draw} on, the curve goes as if one point sat at {@code y} (while it is dragged); null ends that. */
    void preview(String touchpointId, Double y) {
        if (y == null) {
            previewY.remove(touchpointId);
        } else {
            previewY.put(touchpointId, y);
        }
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
}
