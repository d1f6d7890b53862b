package org.journeystudio.ui.canvas;

import java.util.List;
import org.journeystudio.layout.NoteKind;
import org.journeystudio.model.Channel;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.LaneKind;

/**
 * What each kind of canvas node shows, as values: two equal faces draw the same node, so a layer can keep a
 * node whose face did not change (see {@link NodeLayer}).
 */
final class CanvasFaces {
    private CanvasFaces() {
    }

    /** A touchpoint card; the stage name is only there for the card's accessible text. */
    record CardFace(String title, String description, Channel channel, Evidence evidence, int emotion,
                    String emotionLabel, int painPoints, int opportunities, String stageName) {
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
}
