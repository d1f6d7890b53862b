package org.journeystudio.ui.inspector;

import java.util.Optional;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Evidence;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.SharedKind;
import org.journeystudio.ui.AccessibleNames;
import org.journeystudio.ui.library.SharedRemoval;

/**
 * What hurts at the card: text, severity 1–3 and evidence per pain point, and the action that turns a pain point into
 * an opportunity linked to it (one undo step).
 */
final class PainPointList extends ItemList<PainPoint> {
    private final IntFunction<MapCommand> toOpportunity;

    PainPointList(FieldEdits edits, Target<PainPoint> target, IntFunction<MapCommand> toOpportunity) {
        super(edits, target, InspectorStyles.PAIN_POINT, Messages.text("inspector.noPainPoints"), 34);
        this.toOpportunity = toOpportunity;
    }

    @Override
    protected Optional<SharedRemoval.Item> sharedItem(PainPoint item) {
        return Optional.ofNullable(item.sharedId())
                .map(id -> new SharedRemoval.Item(SharedKind.PAIN_POINT, id, item.text()));
    }

    @Override
    protected Row newRow() {
        ChoiceBox<Integer> severity = severityBox();
        ChoiceBox<Evidence> evidence = EvidenceChoice.box();
        Row row = new Row(text -> old -> new PainPoint(text, old.severity(), old.evidence(), old.opportunityIds())) {
            @Override
            void show(PainPoint item) {
                committed.show(item.text());
                edits.refresh(() -> {
                    severity.setValue(item.severity());
                    evidence.setValue(item.evidence());
                });
                node.pseudoClassStateChanged(InspectorStyles.SEVERE, item.severity() == 3);
            }
        };
        row.text.setPromptText(Messages.text("inspector.painPoint"));
        severity.setOnAction(e -> {
            if (!edits.refreshing() && severity.getValue() != null) {
                row.choose(old -> new PainPoint(old.text(), severity.getValue(), old.evidence(), old.opportunityIds()));
            }
        });
        evidence.setOnAction(e -> {
            if (!edits.refreshing() && evidence.getValue() != null) {
                row.choose(old -> new PainPoint(old.text(), old.severity(), evidence.getValue(), old.opportunityIds()));
            }
        });
        Button opportunity = iconButton("fth-zap", Messages.text("inspector.turnIntoOpportunityTip"));
        opportunity.getStyleClass().add(InspectorStyles.TO_OPPORTUNITY);
        Runnable turn = () -> edits.step(toOpportunity.apply(row.index), message);
        opportunity.setOnAction(e -> turn.run());
        MenuItem turnItem = new MenuItem(Messages.text("inspector.turnIntoOpportunity"));
        turnItem.setOnAction(e -> turn.run());
        row.node.setOnContextMenuRequested(e -> {
            new ContextMenu(turnItem).show(row.node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        // The tools wrap below the choices where the panel is narrow (1024 x 768): no choice is ever cut short.
        FlowPane choices = new FlowPane(6, 4, severity, evidence, new HBox(2, opportunity, row.tools()));
        row.node.getChildren().addAll(row.text, choices);
        return row;
    }

    @Override
    protected Node addRow() {
        ChoiceBox<Integer> severity = severityBox();
        severity.setId("newPainPointSeverity");
        AccessibleNames.nameWithValue(severity, Messages.text("access.newPainPointSeverity"));
        severity.setValue(PainPoint.MIN_SEVERITY);
        ChoiceBox<Evidence> evidence = EvidenceChoice.box();
        evidence.setId("newPainPointEvidence");
        AccessibleNames.nameWithValue(evidence, Messages.text("access.newPainPointEvidence"));
        evidence.setValue(Evidence.ASSUMED);
        TextField field = newItemField(Messages.text("inspector.newPainPoint"));
        field.setId("newPainPoint");
        Button add = iconButton("fth-plus", Messages.text("inspector.addPainPoint"));
        add.setId("addPainPoint");
        Runnable adding = () -> {
            if (!field.getText().isBlank()) {
                add(new PainPoint(field.getText(), severity.getValue(), evidence.getValue()));
                field.clear();
            }
        };
        field.setOnAction(e -> adding.run());
        add.setOnAction(e -> adding.run());
        VBox box = new VBox(4, new HBox(4, field, add), new HBox(6, severity, evidence));
        box.getStyleClass().add(InspectorStyles.ADD_ROW);
        return box;
    }

    private static ChoiceBox<Integer> severityBox() {
        ChoiceBox<Integer> box = new ChoiceBox<>();
        for (int s = PainPoint.MIN_SEVERITY; s <= PainPoint.MAX_SEVERITY; s++) {
            box.getItems().add(s);
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer severity) {
                return severity == null ? ""
                        : Messages.text("inspector.severityChoice", severity, severityWord(severity));
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.substring(0, 1));
            }
        });
        box.setTooltip(new Tooltip(Messages.text("inspector.severityTip")));
        box.getStyleClass().add(InspectorStyles.SEVERITY_CHOICE);
        // Room for the longest word ("2 · serious") beside the arrow; the skin's own measure adds the pop-up's
        // check-mark column and makes the box half as wide again.
        box.setPrefWidth(112);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    static String severityWord(int severity) {
        return Messages.text(switch (severity) {
            case 1 -> "inspector.severity.minor";
            case 2 -> "inspector.severity.serious";
            default -> "inspector.severity.severe";
        });
    }

    static Region grow() {
        Region region = new Region();
        HBox.setHgrow(region, Priority.ALWAYS);
        return region;
    }
}
