package org.journeystudio.ui.canvas;

import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.layout.LaneRow;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.ui.session.EditorSession;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Drags an emotion point up or down: it snaps to the five levels, the curve follows and a label names the
 * level (Frustrated … Delighted); the drop is one {@link SetTouchpointField} of the emotion.
 */
final class EmotionDrag implements Gesture {
    private final JourneyCanvas canvas;
    private final EditorSession session;
    private final Touchpoint touchpoint;
    private final LaneRow row;
    private final Circle point;
    private final double originalY;
    private final Label badge = new Label();
    private int score;

    EmotionDrag(JourneyCanvas canvas, EditorSession session, String touchpointId) {
        this.canvas = canvas;
        this.session = session;
        this.touchpoint = canvas.map().touchpoint(touchpointId).orElseThrow();
        this.row = canvas.emotionRow().orElseThrow();
        this.point = (Circle) canvas.pointNode(touchpointId).orElseThrow();
        this.originalY = point.getCenterY();
        this.score = touchpoint.emotion().score();
        badge.getStyleClass().add(CanvasStyles.EMOTION_BADGE);
        badge.setId("emotionBadge");
        badge.setMouseTransparent(true);
        canvas.overlay().getChildren().add(badge);
        point.getStyleClass().add(CanvasStyles.DRAGGING);
        show();
    }

    @Override
    public void drag(double x, double y, MouseEvent event) {
        score = canvas.scoreAt(row, y);
        show();
    }

    @Override
    public void drop(double x, double y, MouseEvent event) {
        score = canvas.scoreAt(row, y);
        clear();
        if (score != touchpoint.emotion().score()) {
            session.runStep(SetTouchpointField.of(canvas.map(), touchpoint.id(), TouchpointField.EMOTION,
                    Emotion.of(score)));
        }
    }

    @Override
    public void cancel() {
        clear();
    }

    private void show() {
        double y = canvas.yOfScore(row, score);
        point.setCenterY(y);
        point.getStyleClass().removeIf(c -> c.startsWith(CanvasStyles.EMOTION_PREFIX));
        point.getStyleClass().addAll(CanvasStyles.EMOTION_POINT, CanvasNodes.emotionClass(score),
                CanvasNodes.scoreClass(score));
        canvas.previewEmotion(touchpoint.id(), y);
        badge.setText(CanvasNodes.emotionWord(score));
        badge.setGraphic(new FontIcon(CanvasNodes.emotionIcon(score)));
        badge.getStyleClass().removeIf(c -> c.startsWith(CanvasStyles.EMOTION_PREFIX)
                && !c.equals(CanvasStyles.EMOTION_BADGE));
        badge.getStyleClass().add(CanvasNodes.scoreClass(score));
        badge.relocate(point.getCenterX() + 12, y - 12);
    }

    private void clear() {
        canvas.overlay().getChildren().remove(badge);
        canvas.previewEmotion(touchpoint.id(), null);
        point.getStyleClass().remove(CanvasStyles.DRAGGING);
        int original = touchpoint.emotion().score();
        point.setCenterY(originalY);
        point.getStyleClass().removeIf(c -> c.startsWith(CanvasStyles.EMOTION_PREFIX));
        point.getStyleClass().addAll(CanvasStyles.EMOTION_POINT, CanvasNodes.emotionClass(original),
                CanvasNodes.scoreClass(original));
    }
}
