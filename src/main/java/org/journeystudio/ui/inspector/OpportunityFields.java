package org.journeystudio.ui.inspector;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.journeystudio.editing.BacklogInput;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.Opportunity;
import org.journeystudio.model.OpportunityStatus;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An opportunity's fields beyond its title and evidence, under its row in the inspector and folded until asked
 * for: description, owner, status, due date, the three ratings and the KPI. Each typed field is read as the backlog
 * reads a cell ({@link BacklogInput}), so a bad value is refused with a message naming the field.
 */
final class OpportunityFields {
    /** The typed fields in their order, with the keys of their labels and hints. */
    private static final Map<BacklogInput.Field, String[]> TYPED = new java.util.LinkedHashMap<>();

    static {
        TYPED.put(BacklogInput.Field.DESCRIPTION, new String[] {"inspector.description", "inspector.descriptionHint"});
        TYPED.put(BacklogInput.Field.OWNER, new String[] {"inspector.owner", "inspector.ownerHint"});
        TYPED.put(BacklogInput.Field.DUE, new String[] {"inspector.due", "inspector.dueHint"});
        TYPED.put(BacklogInput.Field.EFFORT, new String[] {"inspector.effort", "inspector.ratingHint"});
        TYPED.put(BacklogInput.Field.CUSTOMER_VALUE, new String[] {"inspector.customerValue", "inspector.ratingHint"});
        TYPED.put(BacklogInput.Field.BUSINESS_VALUE, new String[] {"inspector.businessValue", "inspector.ratingHint"});
        TYPED.put(BacklogInput.Field.KPI_NAME, new String[] {"inspector.kpi", "inspector.kpiHint"});
        TYPED.put(BacklogInput.Field.KPI_BASELINE, new String[] {"inspector.baseline", "inspector.baselineHint"});
        TYPED.put(BacklogInput.Field.KPI_TARGET, new String[] {"inspector.target", "inspector.targetHint"});
    }

    interface Commits {
        /** Commits what is typed into {@code field} as {@code which} of the row's opportunity. */
        CommittedText commit(TextField field, BacklogInput.Field which);
    }

    private final Map<BacklogInput.Field, CommittedText> texts = new EnumMap<>(BacklogInput.Field.class);
    private final ChoiceBox<OpportunityStatus> status = new ChoiceBox<>();
    private final GridPane form = new GridPane();
    private final ToggleButton toggle = new ToggleButton(null, new FontIcon("fth-sliders"));

    OpportunityFields(Commits commits, Consumer<OpportunityStatus> chosen, FieldEdits edits) {
        form.setHgap(6);
        form.setVgap(4);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow);
        status.getItems().setAll(OpportunityStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(OpportunityStatus value) {
                return value == null ? "" : ModelWords.status(value);
            }

            @Override
            public OpportunityStatus fromString(String text) {
                return ModelWords.statusNamed(text);
            }
        });
        status.getStyleClass().add("opportunity-status");
        status.setOnAction(e -> {
            if (!edits.refreshing() && status.getValue() != null) {
                chosen.accept(status.getValue());
            }
        });
        int row = 0;
        for (Map.Entry<BacklogInput.Field, String[]> entry : TYPED.entrySet()) {
            if (entry.getKey() == BacklogInput.Field.DUE) {
                form.addRow(row++, label(Messages.text("inspector.status")), status);
            }
            TextField field = new TextField();
            field.setPromptText(Messages.text(entry.getValue()[1]));
            field.getStyleClass().add("opportunity-" + entry.getKey().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-'));
            texts.put(entry.getKey(), commits.commit(field, entry.getKey()));
            form.addRow(row++, label(Messages.text(entry.getValue()[0])), field);
        }
        form.managedProperty().bind(form.visibleProperty());
        form.visibleProperty().bind(toggle.selectedProperty());
        toggle.getStyleClass().addAll(InspectorStyles.FLAT, InspectorStyles.SMALL, InspectorStyles.BUTTON_ICON,
                "opportunity-details");
        toggle.setTooltip(new Tooltip(Messages.text("inspector.opportunityDetailsTip")));
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(InspectorStyles.FIELD_LABEL);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the field gives way, not the label
        return label;
    }

    /** The button that unfolds the fields. */
    Node toggle() {
        return toggle;
    }

    Node view() {
        return form;
    }

    /** Every committed text, so the list commits and forgets them with the row's own. */
    java.util.Collection<CommittedText> texts() {
        return texts.values();
    }

    void show(Opportunity o, FieldEdits edits) {
        texts.get(BacklogInput.Field.DESCRIPTION).show(o.description());
        texts.get(BacklogInput.Field.OWNER).show(o.owner());
        texts.get(BacklogInput.Field.DUE).show(o.due() == null ? "" : o.due().toString());
        texts.get(BacklogInput.Field.EFFORT).show(rating(o.effort()));
        texts.get(BacklogInput.Field.CUSTOMER_VALUE).show(rating(o.customerValue()));
        texts.get(BacklogInput.Field.BUSINESS_VALUE).show(rating(o.businessValue()));
        texts.get(BacklogInput.Field.KPI_NAME).show(o.kpi().name());
        texts.get(BacklogInput.Field.KPI_BASELINE).show(o.kpi().baseline());
        texts.get(BacklogInput.Field.KPI_TARGET).show(o.kpi().target());
        edits.refresh(() -> status.setValue(o.status()));
    }

    private static String rating(Integer value) {
        return value == null ? "" : value.toString();
    }
}
