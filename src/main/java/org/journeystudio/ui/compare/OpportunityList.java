package org.journeystudio.ui.compare;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.journeystudio.compare.FieldChange;
import org.journeystudio.compare.OpportunityChange;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.OpportunityStatus;

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
        list.getChildren().add(label(Messages.text("compare.opportunities"), "compare-opportunities-heading"));
        if (changes.isEmpty()) {
            list.getChildren().add(label(Messages.text("compare.noOpportunityChanged"), "compare-opportunity-field"));
        }
        for (OpportunityChange change : changes) {
            Label tag = label(tag(change.kind()), "compare-tag");
            tag.getStyleClass().add("compare-tag-" + change.kind());
            Label title = label(change.title().isBlank() ? Messages.text("compare.untitled") : change.title(),
                    "compare-opportunity-title");
            HBox row = new HBox(tag, title);
            row.getStyleClass().add("compare-opportunity");
            list.getChildren().add(row);
            for (FieldChange field : change.fields()) {
                list.getChildren().add(label(Messages.text("compare.fieldChange", name(field.field()),
                        shown(field.field(), field.before()), shown(field.field(), field.after())),
                        "compare-opportunity-field"));
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

    /** The tag of a change: "added", "removed" or "changed" as a word of the language in use. */
    private static String tag(String kind) {
        String key = "compare.change." + kind;
        return Messages.text(key);
    }

    /** A field's name as the action plan's columns label it. */
    private static String name(String field) {
        String key = "compare.field." + field;
        return Messages.has(key) ? Messages.text(key) : field;
    }

    /** A field's value as shown: a status or evidence in the language in use, free text on one line. */
    private static String shown(String field, String value) {
        if (value.isBlank()) {
            return Messages.text("compare.none");
        }
        OpportunityStatus status = field.equals("status") ? ModelWords.statusNamed(value) : null;
        if (status != null) {
            return ModelWords.status(status);
        }
        if (field.equals("evidence")) {
            for (Evidence evidence : Evidence.values()) {
                if (evidence.name().equalsIgnoreCase(value)) {
                    return ModelWords.evidence(evidence);
                }
            }
        }
        return value.strip().replaceAll("\\s+", " ");
    }
}
