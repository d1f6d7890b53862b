package org.journeystudio.ui.inspector;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.journeystudio.editing.BacklogInput;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.Ids;
import org.journeystudio.model.Opportunity;
import org.journeystudio.ui.AccessibleNames;
import org.journeystudio.ui.library.OpportunityDeletion;

/**
 * The map's opportunities that address the card as a whole: title and evidence per opportunity, and its other
 * fields folded under it ({@link OpportunityFields}). Removing one here unlinks it from the card; it stays in the
 * action plan. Deleting one takes it out of the action plan and off every card, as the backlog window does.
 */
final class OpportunityList extends ItemList<Opportunity> {

    OpportunityList(FieldEdits edits, Target<Opportunity> target) {
        super(edits, target, InspectorStyles.OPPORTUNITY, Messages.text("inspector.noOpportunities"), 34);
    }

    @Override
    protected Row newRow() {
        ChoiceBox<Evidence> evidence = EvidenceChoice.box();
        OpportunityFields[] more = new OpportunityFields[1];
        Opportunity[] shown = new Opportunity[1];
        Row row = new Row(text -> old -> old.withTitle(text)) {
            @Override
            void show(Opportunity item) {
                shown[0] = item;
                committed.show(item.title());
                edits.refresh(() -> evidence.setValue(item.evidence()));
                more[0].show(item, edits);
            }
        };
        more[0] = new OpportunityFields((field, which) -> row.committed(field,
                typed -> old -> BacklogInput.apply(old, which, typed)), status -> row.choose(old -> old.withStatus(status)),
                edits);
        row.fields.addAll(more[0].texts());
        row.text.setPromptText(Messages.text("inspector.opportunity"));
        evidence.setOnAction(e -> {
            if (!edits.refreshing() && evidence.getValue() != null) {
                row.choose(old -> old.withEvidence(evidence.getValue()));
            }
        });
        Button delete = iconButton("fth-x-octagon", Messages.text("inspector.deleteOpportunity"));
        delete.getStyleClass().add(InspectorStyles.DELETE_OPPORTUNITY);
        delete.setOnAction(e -> OpportunityDeletion.delete(delete.getScene().getWindow(), sharedLibrary(),
                edits.map(), shown[0], command -> edits.step(command, message), message::show));
        HBox tools = row.tools();
        tools.getChildren().add(delete);
        row.node.getChildren().addAll(row.text, new HBox(6, evidence, PainPointList.grow(), more[0].toggle(),
                tools), more[0].view());
        return row;
    }

    @Override
    protected Node addRow() {
        ChoiceBox<Evidence> evidence = EvidenceChoice.box();
        evidence.setId("newOpportunityEvidence");
        AccessibleNames.nameWithValue(evidence, Messages.text("access.newOpportunityEvidence"));
        evidence.setValue(Evidence.PROPOSED);
        TextField field = newItemField(Messages.text("inspector.newOpportunity"));
        field.setId("newOpportunity");
        Button add = iconButton("fth-plus", Messages.text("inspector.addOpportunity"));
        add.setId("addOpportunity");
        Runnable adding = () -> {
            if (!field.getText().isBlank()) {
                add(Opportunity.idea(Ids.next("opp"), field.getText(), evidence.getValue()));
                field.clear();
            }
        };
        field.setOnAction(e -> adding.run());
        add.setOnAction(e -> adding.run());
        VBox box = new VBox(4, new HBox(4, field, add), new HBox(6, evidence));
        box.getStyleClass().add(InspectorStyles.ADD_ROW);
        return box;
    }
}
