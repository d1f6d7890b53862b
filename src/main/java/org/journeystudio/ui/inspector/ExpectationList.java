package org.journeystudio.ui.inspector;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.i18n.Messages;

/** What the customer expects at the card, one line each; clearing a line's text removes it. */
final class ExpectationList extends ItemList<String> {

    ExpectationList(FieldEdits edits, Target<String> target) {
        super(edits, target, InspectorStyles.EXPECTATION, Messages.text("inspector.noExpectations"), 18);
    }

    @Override
    protected Row newRow() {
        Row row = new Row(text -> old -> text) {
            @Override
            void show(String item) {
                committed.show(item);
            }
        };
        row.text.setPromptText(Messages.text("inspector.expectation"));
        row.node.getChildren().add(new HBox(4, row.text, row.tools()));
        return row;
    }

    @Override
    protected Node addRow() {
        TextField field = newItemField(Messages.text("inspector.newExpectation"));
        field.setId("newExpectation");
        Button add = iconButton("fth-plus", Messages.text("inspector.addExpectation"));
        add.setId("addExpectation");
        Runnable adding = () -> {
            if (!field.getText().isBlank()) {
                add(field.getText().strip());
                field.clear();
            }
        };
        field.setOnAction(e -> adding.run());
        add.setOnAction(e -> adding.run());
        return new HBox(4, field, add);
    }
}
