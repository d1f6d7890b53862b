package org.journeystudio.ui.inspector;

import java.util.Locale;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;
import org.journeystudio.model.Evidence;

/** Words and controls for where a statement comes from: observed, assumed or proposed. */
final class EvidenceChoice {
    private EvidenceChoice() {
    }

    static String label(Evidence evidence) {
        String name = evidence.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String explanation(Evidence evidence) {
        return switch (evidence) {
            case OBSERVED -> "Observed: backed by research or data";
            case ASSUMED -> "Assumed: the team's belief, not yet checked";
            case PROPOSED -> "Proposed: a to-be idea, not today's experience";
        };
    }

    static String icon(Evidence evidence) {
        return switch (evidence) {
            case OBSERVED -> "fth-eye";
            case ASSUMED -> "fth-help-circle";
            case PROPOSED -> "fth-star";
        };
    }

    /** A small drop-down of the three kinds. */
    static ChoiceBox<Evidence> box() {
        ChoiceBox<Evidence> box = new ChoiceBox<>();
        box.getItems().setAll(Evidence.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Evidence evidence) {
                return evidence == null ? "" : label(evidence);
            }

            @Override
            public Evidence fromString(String text) {
                return Evidence.valueOf(text.toUpperCase(Locale.ROOT));
            }
        });
        box.getStyleClass().add("evidence-choice");
        return box;
    }
}
