package org.journeystudio.ui;

import java.util.Locale;
import javafx.scene.Node;
import org.journeystudio.model.Evidence;

/**
 * Style classes more than one view uses, and the one way the studio names a class that carries a value (an emotion
 * score, an evidence kind). Each feature package has its own {@code ...Styles} holder for the rest; the CSS rules
 * live in studio.css and beside each feature's views.
 */
public final class StudioStyles {
    /** A message or field that reports a failure. */
    public static final String ERROR = "error";
    public static final String FILE_LOCATION = "file-location";
    public static final String DIALOG_GRAPHIC = "dialog-graphic";
    public static final String LEGEND_TITLE = "legend-title";
    public static final String LEGEND_NOTE = "legend-note";
    public static final String LEGEND_SWATCH = "legend-swatch";
    /** A heatmap cell with too few answers to trust (dashed edge, italic value). */
    public static final String LOW_N = "low-n";
    public static final String SEGMENT_SWATCH = "segment-swatch";
    /** Every class {@link #emotionScore} makes starts with this. */
    public static final String EMOTION_SCORE_PREFIX = "emotion-score-";

    private StudioStyles() {
    }

    /** {@code emotion-score-m2} … {@code emotion-score-p2}: the class that colours an emotion by its score. */
    public static String emotionScore(int score) {
        return EMOTION_SCORE_PREFIX + (score < 0 ? "m" + (-score) : "p" + score);
    }

    /** {@code evidence-observed}, {@code evidence-assumed} or {@code evidence-proposed}. */
    public static String evidence(Evidence evidence) {
        return "evidence-" + evidence.name().toLowerCase(Locale.ROOT);
    }

    /** Adds {@code styleClass} to {@code node} while {@code on}, removes it otherwise, never adding it twice. */
    public static void toggle(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }
}
