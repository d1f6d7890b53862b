package org.journeystudio.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.AddConnector;
import org.journeystudio.edit.command.MoveToPath;
import org.journeystudio.edit.command.RemoveConnector;
import org.journeystudio.edit.command.SetConnectorKind;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.Stage;
import org.journeystudio.model.StagePath;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.model.TouchpointLink;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The touchpoint inspector's "Path and connectors" section: which path of its stage the card is on (for cards
 * of one stage that has paths) and, for a single card, its connectors with their kinds. Each change is one step.
 */
final class PathFields {
    private static final List<LinkKind> KINDS = List.of(LinkKind.NEXT, LinkKind.BRANCH, LinkKind.LOOP_BACK);
    private final FieldEdits edits;
    private final Supplier<List<String>> ids;
    private final InlineMessage message = new InlineMessage();
    private final ComboBox<String> path = new ComboBox<>();
    private final VBox pathBox;
    private final VBox connectors = new VBox(4);
    private final ComboBox<Touchpoint> connectTo = new ComboBox<>();
    private final VBox connectorBox;
    private final TitledPane pane;
    private JourneyMap map;
    private Stage stage;

    PathFields(FieldEdits edits, Supplier<List<String>> ids) {
        this.edits = edits;
        this.ids = ids;
        path.setId("pathChoice");
        path.setMaxWidth(Double.MAX_VALUE);
        path.setConverter(converter(id -> id.isEmpty() || stage == null ? Messages.text("inspector.mainTrack")
                : stage.path(id).map(StagePath::name).orElse(id)));
        path.setOnAction(e -> {
            String chosen = path.getValue();
            if (chosen != null && !edits.refreshing()) {
                step(MoveToPath.of(edits.map(), Set.copyOf(ids.get()), chosen));
            }
        });
        connectTo.setId("connectToChoice");
        connectTo.setPromptText(Messages.text("inspector.connectTo"));
        connectTo.setMaxWidth(Double.MAX_VALUE);
        connectTo.setConverter(converter(PathFields::title));
        connectTo.setOnAction(e -> {
            Touchpoint target = connectTo.getValue();
            if (target != null && !edits.refreshing()) {
                step(AddConnector.of(edits.map(), ids.get().get(0), new TouchpointLink(target.id(), LinkKind.NEXT)));
            }
        });
        Label pathLabel = label(Messages.text("inspector.pathOfTheStage"));
        pathBox = new VBox(2, pathLabel, path);
        pathBox.managedProperty().bind(pathBox.visibleProperty());
        connectorBox = new VBox(4, label(Messages.text("inspector.connectorsTo")), connectors, connectTo);
        connectorBox.managedProperty().bind(connectorBox.visibleProperty());
        VBox form = new VBox(8, pathBox, connectorBox, message);
        form.getStyleClass().add(InspectorStyles.FORM);
        pane = new TitledPane(Messages.text("inspector.pathAndConnectors"), form);
        pane.setId("pathPane");
        pane.setExpanded(false);
    }

    Node view() {
        return pane;
    }

    void show(JourneyMap shown, List<Touchpoint> cards) {
        this.map = shown;
        stage = cards.stream().map(Touchpoint::stageId).distinct().count() == 1
                ? shown.stage(cards.get(0).stageId()).orElse(null) : null;
        boolean paths = stage != null && !stage.paths().isEmpty();
        pathBox.setVisible(paths);
        if (paths) {
            List<String> choices = new ArrayList<>();
            choices.add("");
            stage.paths().forEach(p -> choices.add(p.id()));
            path.getItems().setAll(choices);
            long onPaths = cards.stream().map(Touchpoint::pathId).distinct().count();
            path.setValue(onPaths == 1 ? cards.get(0).pathId() : null);
        }
        connectorBox.setVisible(cards.size() == 1);
        if (cards.size() == 1) {
            showConnectors(cards.get(0));
        }
    }

    void forget() {
        message.clear();
    }

    private void showConnectors(Touchpoint card) {
        List<Node> rows = new ArrayList<>();
        for (TouchpointLink link : card.connectors()) {
            Label text = new Label(map.touchpoint(link.targetId()).map(PathFields::title).orElse(link.targetId()));
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            ComboBox<LinkKind> kind = new ComboBox<>();
            kind.getItems().setAll(KINDS);
            kind.setConverter(converter(LinkKind::displayName));
            kind.setValue(link.kind());
            kind.setOnAction(e -> {
                if (kind.getValue() != null && kind.getValue() != link.kind() && !edits.refreshing()) {
                    step(SetConnectorKind.of(edits.map(), card.id(), link, kind.getValue()));
                }
            });
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll(InspectorStyles.FLAT, InspectorStyles.BUTTON_ICON);
            remove.setAccessibleText(Messages.text("inspector.removeConnector", text.getText()));
            remove.setOnAction(e -> step(RemoveConnector.of(edits.map(), card.id(), link)));
            rows.add(new HBox(4, text, kind, remove));
        }
        connectors.getChildren().setAll(rows);
        connectTo.getItems().setAll(map.touchpointsInJourneyOrder().stream()
                .filter(t -> !t.id().equals(card.id()))
                .filter(t -> card.connectors().stream().noneMatch(l -> l.targetId().equals(t.id())))
                .toList());
        connectTo.setValue(null);
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(InspectorStyles.FIELD_LABEL);
        return label;
    }

    private static String title(Touchpoint t) {
        return t.title().isEmpty() ? Messages.text("inspector.untitledTouchpoint") : t.title();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private void step(MapCommand command) {
        edits.step(command, message);
    }
}
