package org.journeystudio.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.editing.TouchpointEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The touchpoint inspector's "Service blueprint" section: fail point, wait point with its duration, and the
 * cards this one depends on (its dependency arrows), each change one undo step.
 */
final class BlueprintFields {
    private final FieldEdits edits;
    private final Supplier<List<String>> ids;
    private final InlineMessage message = new InlineMessage();
    private final CheckBox fail = new CheckBox(Messages.text("inspector.failPoint"));
    private final CheckBox wait = new CheckBox(Messages.text("inspector.waitPoint"));
    private final TextField duration = new TextField();
    private final CommittedText durationText;
    private final VBox links = new VBox(4);
    private final ComboBox<Touchpoint> dependsOn = new ComboBox<>();
    private final VBox linkBox;
    private final TitledPane pane;
    private JourneyMap map;

    BlueprintFields(FieldEdits edits, Supplier<List<String>> ids) {
        this.edits = edits;
        this.ids = ids;
        fail.setId("failPointCheck");
        wait.setId("waitPointCheck");
        duration.setId("waitDurationField");
        duration.setPromptText(Messages.text("inspector.waitDurationPrompt"));
        dependsOn.setId("dependsOnChoice");
        dependsOn.setPromptText(Messages.text("inspector.dependsOnPrompt"));
        dependsOn.setMaxWidth(Double.MAX_VALUE);
        dependsOn.setTooltip(new Tooltip(Messages.text("inspector.dependsOnTip")));
        fail.setWrapText(true);
        wait.setWrapText(true);
        fail.setOnAction(e -> step(set(TouchpointField.FAIL_POINT, fail.isSelected())));
        wait.setOnAction(e -> step(set(TouchpointField.WAIT_POINT, wait.isSelected())));
        durationText = new CommittedText(duration, edits, t -> set(TouchpointField.WAIT_DURATION, t), message);
        duration.disableProperty().bind(wait.selectedProperty().not());
        dependsOn.setConverter(new StringConverter<>() {
            @Override
            public String toString(Touchpoint t) {
                return t == null ? "" : describe(t);
            }

            @Override
            public Touchpoint fromString(String text) {
                return null;
            }
        });
        dependsOn.setOnAction(e -> {
            Touchpoint target = dependsOn.getValue();
            if (target != null && !edits.refreshing()) {
                step(change(TouchpointField.LINKS, old -> appended(old, TouchpointLink.dependsOn(target.id()))));
            }
        });
        Label durationLabel = new Label(Messages.text("inspector.waitDuration"));
        durationLabel.getStyleClass().add(InspectorStyles.FIELD_LABEL);
        durationLabel.setLabelFor(duration);
        Label linksLabel = new Label(Messages.text("inspector.dependsOn"));
        linksLabel.getStyleClass().add(InspectorStyles.FIELD_LABEL);
        linkBox = new VBox(4, linksLabel, links, dependsOn);
        VBox form = new VBox(8, fail, wait, new VBox(2, durationLabel, duration), linkBox, message);
        form.getStyleClass().add(InspectorStyles.FORM);
        pane = new TitledPane(Messages.text("inspector.serviceBlueprint"), form);
        pane.setId("blueprintPane");
    }

    Node view() {
        return pane;
    }

    /** Shows the cards: marks shared by all of them (mixed shows as undecided), links for a single card. */
    void show(JourneyMap shown, List<Touchpoint> cards) {
        this.map = shown;
        long failing = cards.stream().filter(Touchpoint::failPoint).count();
        fail.setIndeterminate(failing > 0 && failing < cards.size());
        fail.setSelected(failing == cards.size());
        long waiting = cards.stream().filter(Touchpoint::waitPoint).count();
        wait.setIndeterminate(waiting > 0 && waiting < cards.size());
        wait.setSelected(waiting == cards.size());
        String shared = TouchpointEdits.shared(cards, TouchpointField.WAIT_DURATION);
        durationText.show(shared == null ? "" : shared);
        boolean single = cards.size() == 1;
        linkBox.setVisible(single);
        linkBox.setManaged(single);
        if (single) {
            showLinks(cards.get(0));
        }
    }

    void commitPending() {
        durationText.commit();
    }

    void forget() {
        durationText.forget();
        message.clear();
    }

    private void showLinks(Touchpoint card) {
        List<Node> rows = new ArrayList<>();
        for (TouchpointLink link : card.links().stream().filter(l -> !l.kind().connector()).toList()) {
            Label text = new Label(map.touchpoint(link.targetId()).map(BlueprintFields::title).orElse(link.targetId()));
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll(InspectorStyles.FLAT, InspectorStyles.BUTTON_ICON);
            remove.setAccessibleText(Messages.text("inspector.removeDependency", text.getText()));
            remove.setOnAction(e -> step(change(TouchpointField.LINKS,
                    old -> old.stream().filter(l -> !l.equals(link)).toList())));
            rows.add(new HBox(4, text, remove));
        }
        links.getChildren().setAll(rows);
        dependsOn.getItems().setAll(map.touchpointsInJourneyOrder().stream()
                .filter(t -> !t.id().equals(card.id()))
                .filter(t -> card.links().stream().noneMatch(l -> l.targetId().equals(t.id())))
                .toList());
        dependsOn.setValue(null);
    }

    private String describe(Touchpoint t) {
        String stage = map.stage(t.stageId()).map(s -> s.name()).orElse("");
        String lane = map.lane(t.laneId()).map(l -> l.title()).orElse("");
        return Messages.text("inspector.cardInStageAndLane", title(t), stage, lane);
    }

    private static String title(Touchpoint t) {
        return t.title().isEmpty() ? Messages.text("inspector.untitledTouchpoint") : t.title();
    }

    private static List<TouchpointLink> appended(List<TouchpointLink> old, TouchpointLink link) {
        List<TouchpointLink> next = new ArrayList<>(old);
        next.add(link);
        return next;
    }

    private <T> MapCommand set(TouchpointField<T> field, T value) {
        return TouchpointEdits.set(edits.map(), ids.get(), field, value);
    }

    private <T> MapCommand change(TouchpointField<T> field, UnaryOperator<T> op) {
        return TouchpointEdits.change(edits.map(), ids.get(), field, op);
    }

    private void step(MapCommand command) {
        edits.step(command, message);
    }
}
