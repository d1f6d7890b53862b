package org.journeystudio.ui.inspector;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.Evidence;
import org.kordamp.ikonli.javafx.FontIcon;

/** Words and controls for where a statement comes from: observed, assumed or proposed. */
final class EvidenceChoice {
    private EvidenceChoice() {
    }

    static String label(Evidence evidence) {
        String name = evidence.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String explanation(Evidence evidence) {
        String key = "inspector.evidence." + evidence.name().toLowerCase(Locale.ROOT);
        return Messages.text(key);
    }

    static String icon(Evidence evidence) {
        return switch (evidence) {
            case OBSERVED -> "fth-eye";
            case ASSUMED -> "fth-help-circle";
            case PROPOSED -> "fth-star";
        };
    }

    /** One of three joined toggle buttons (a pill) for the kind, filling its share of the row. */
    static ToggleButton toggle(Evidence kind, int index) {
        ToggleButton toggle = new ToggleButton(ModelWords.evidence(kind), new FontIcon(icon(kind)));
        toggle.setTooltip(new Tooltip(explanation(kind)));
        toggle.setAccessibleText(ModelWords.evidence(kind));
        toggle.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(toggle, Priority.ALWAYS);
        int last = Evidence.values().length - 1;
        toggle.getStyleClass().addAll(InspectorStyles.EVIDENCE_TOGGLE, InspectorStyles.evidence(kind),
                index == 0 ? Styles.LEFT_PILL : index == last ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
        return toggle;
    }

    /**
     * Shows the row's pills with their words while the row has room for all of them, else with their icons only
     * (the word stays the button's accessible text): a longer translation or a narrow inspector must not cut them.
     */
    static void wordsWhenTheyFit(HBox row) {
        row.widthProperty().addListener((o, was, width) -> fit(row, width.doubleValue()));
    }

    private static void fit(HBox row, double width) {
        double needed = 0;
        for (Node child : row.getChildren()) {
            ToggleButton toggle = (ToggleButton) child;
            Text word = new Text(toggle.getText());
            word.setFont(toggle.getFont());
            Insets padding = toggle.getInsets();
            needed += Math.ceil(word.getLayoutBounds().getWidth()) + toggle.getGraphicTextGap()
                    + toggle.getGraphic().prefWidth(-1) + padding.getLeft() + padding.getRight();
        }
        ContentDisplay display = needed <= width ? ContentDisplay.LEFT : ContentDisplay.GRAPHIC_ONLY;
        row.getChildren().forEach(child -> ((ToggleButton) child).setContentDisplay(display));
    }

    /** A small drop-down of the three kinds. */
    static ChoiceBox<Evidence> box() {
        ChoiceBox<Evidence> box = new ChoiceBox<>();
        box.getItems().setAll(Evidence.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Evidence evidence) {
                return evidence == null ? "" : ModelWords.evidence(evidence);
            }

            @Override
            public Evidence fromString(String text) {
                return java.util.Arrays.stream(Evidence.values()).filter(e -> ModelWords.evidence(e).equals(text))
                        .findFirst().orElse(null);
            }
        });
        box.getStyleClass().add(InspectorStyles.EVIDENCE_CHOICE);
        // Room for the longest word beside the arrow: 104 px for "Proposed"; German words run longer.
        double longest = java.util.Arrays.stream(Evidence.values())
                .mapToDouble(e -> new javafx.scene.text.Text(ModelWords.evidence(e)).getLayoutBounds().getWidth())
                .max().orElse(0);
        box.setPrefWidth(Math.max(104, Math.ceil(longest * 1.1) + 46));
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
