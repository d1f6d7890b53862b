package org.journeystudio.ui.compare;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.journeystudio.compare.FieldChange;
import org.journeystudio.compare.OpportunityChange;

/**
 * The action plan's changes under the compare drawing, on the same paper and tagged as the touchpoint changes
 * above them are: a tag (ADDED, REMOVED, CHANGED), the opportunity's title, then each changed field old → new.
 */
final class OpportunityList {
    private OpportunityList() {
    }

    static Node of(List<OpportunityChange> changes, double width) {
        VBox list = new VBox();
        list.setId("compareOpportunities");
        list.getStyleClass().add("compare-opportunities");
        list.setPrefWidth(width);
        list.setMaxWidth(width);
        list.getChildren().add(label("Opportunities", "compare-opportunities-heading"));
        if (changes.isEmpty()) {
            list.getChildren().add(label("No opportunity was added, removed or changed.", "compare-opportunity-field"));
        }
        for (OpportunityChange change : changes) {
            Label tag = label(change.kind().toUpperCase(java.util.Locale.ROOT), "compare-tag");
            tag.getStyleClass().add("compare-tag-" + change.kind());
            Label title = label(change.title().isBlank() ? "(untitled)" : change.title(), "compare-opportunity-title");
            HBox row = new HBox(tag, title);
            row.getStyleClass().add("compare-opportunity");
            list.getChildren().add(row);
            for (FieldChange field : change.fields()) {
                list.getChildren().add(label(name(field.field()) + ": " + shown(field.before()) + " → "
                        + shown(field.after()), "compare-opportunity-field"));
            }
        }
        return list;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** A field's name as the action plan's columns label it. */
    private static String name(String field) {
        return switch (field) {
            case "customerValue" -> "Customer value";
            case "businessValue" -> "Business value";
            case "kpi" -> "KPI";
            default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
        };
    }

    private static String shown(String value) {
        return value.isBlank() ? "(none)" : value.strip().replaceAll("\\s+", " ");
    }
}
