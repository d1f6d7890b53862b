package org.journeystudio.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.Emotion;
import org.kordamp.ikonli.javafx.FontIcon;

/** Five faces from frustrated (−2) to delighted (+2), coloured red to green; one click sets the emotion. */
final class EmotionPicker {
    private final HBox view = new HBox(4);
    private final List<ToggleButton> faces = new ArrayList<>();

    EmotionPicker(IntConsumer onPick) {
        view.getStyleClass().add(InspectorStyles.EMOTION_PICKER);
        for (int score = Emotion.MIN; score <= Emotion.MAX; score++) {
            int picked = score;
            ToggleButton face = new ToggleButton(null, new FontIcon(faceIcon(score)));
            face.setId("emotion" + (score < 0 ? "Minus" : "Plus") + Math.abs(score));
            face.getStyleClass().addAll(InspectorStyles.EMOTION_FACE, styleClass(score));
            face.setAccessibleText(Messages.text("inspector.emotionFace", signed(score), ModelWords.emotion(score)));
            face.setTooltip(new Tooltip(signed(score) + "  " + ModelWords.emotion(score)));
            face.setOnAction(e -> onPick.accept(picked));
            faces.add(face);
            view.getChildren().add(face);
        }
    }

    Node view() {
        return view;
    }

    /** Marks the cards' score; null (cards differ) marks none. */
    void show(Integer score) {
        for (int i = 0; i < faces.size(); i++) {
            faces.get(i).setSelected(score != null && score == Emotion.MIN + i);
        }
    }

    static String styleClass(int score) {
        return InspectorStyles.emotionScore(score);
    }

    static String faceIcon(int score) {
        return score < 0 ? "fth-frown" : score == 0 ? "fth-meh" : "fth-smile";
    }

    static String signed(int score) {
        return score > 0 ? "+" + score : score < 0 ? "\u2212" + -score : "0";
    }
}
