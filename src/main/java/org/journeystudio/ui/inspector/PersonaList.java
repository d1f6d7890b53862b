package org.journeystudio.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.journeystudio.edit.command.AddPersona;
import org.journeystudio.edit.command.EditPersona;
import org.journeystudio.edit.command.RemovePersona;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;

/** The map's personas: name, description, colour and the segment each stands for. */
final class PersonaList {
    /** The choice meaning "stands for no segment" (a ChoiceBox cannot offer null as an item). */
    private static final String NO_SEGMENT = "";

    private final FieldEdits edits;
    private final InlineMessage message = new InlineMessage();
    private final VBox rows = new VBox(10);
    private final Label empty = new Label(Messages.text("inspector.noPersonas"));
    private final List<PersonaRow> shown = new ArrayList<>();
    private final VBox view;

    PersonaList(FieldEdits edits) {
        this.edits = edits;
        empty.getStyleClass().add(InspectorStyles.EMPTY_NOTE);
        empty.managedProperty().bind(empty.visibleProperty());
        view = new VBox(8, empty, rows, addRow(), message);
        view.getStyleClass().addAll(InspectorStyles.ITEM_LIST, InspectorStyles.listOf(InspectorStyles.PERSONA));
    }

    Node view() {
        return view;
    }

    void show(JourneyMap map) {
        List<Persona> personas = map.personas();
        while (shown.size() < personas.size()) {
            PersonaRow row = new PersonaRow();
            shown.add(row);
            rows.getChildren().add(row.node);
        }
        while (shown.size() > personas.size()) {
            shown.remove(shown.size() - 1);
            rows.getChildren().remove(rows.getChildren().size() - 1);
        }
        for (int i = 0; i < personas.size(); i++) {
            shown.get(i).show(personas.get(i), map.segments());
        }
        empty.setVisible(personas.isEmpty());
    }

    void commitPending() {
        shown.forEach(row -> {
            row.name.commit();
            row.description.commit();
        });
    }

    private Node addRow() {
        TextField field = ItemList.newItemField(Messages.text("inspector.newPersona"));
        field.setId("newPersona");
        Button add = ItemList.iconButton("fth-user-plus", Messages.text("inspector.addPersona"));
        add.setId("addPersona");
        Runnable adding = () -> {
            if (!field.getText().isBlank()) {
                String color = Colors.unused(edits.map().personas().stream().map(Persona::color)
                        .collect(Collectors.toSet()));
                edits.step(AddPersona.of(new Persona(Ids.next("persona"), field.getText(), "", color, null),
                        AddPersona.AT_END), message);
                field.clear();
            }
        };
        field.setOnAction(e -> adding.run());
        add.setOnAction(e -> adding.run());
        return new HBox(4, field, add);
    }

    /** One persona: colour, name, remove; the segment it stands for; its description. */
    private final class PersonaRow {
        final ColorPicker color = Colors.picker();
        final TextField nameField = new TextField();
        final TextArea descriptionArea = new TextArea();
        final ChoiceBox<String> segment = new ChoiceBox<>();
        final Button remove = ItemList.iconButton("fth-trash-2", Messages.text("inspector.deletePersona"));
        final CommittedText name;
        final CommittedText description;
        final VBox node;
        Persona persona;

        PersonaRow() {
            HBox.setHgrow(nameField, Priority.ALWAYS);
            nameField.setPromptText(Messages.text("inspector.personaName"));
            descriptionArea.setPromptText(Messages.text("inspector.personaDescriptionPrompt"));
            descriptionArea.setPrefRowCount(3);
            descriptionArea.setWrapText(true);
            segment.setConverter(new StringConverter<>() {
                @Override
                public String toString(String id) {
                    return id == null || id.isEmpty() ? Messages.text("inspector.noSegment")
                            : edits.map().segment(id).map(Segment::name).orElse(id);
                }

                @Override
                public String fromString(String text) {
                    return text;
                }
            });
            segment.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(segment, Priority.ALWAYS);
            Label standsFor = new Label(Messages.text("inspector.standsFor"));
            standsFor.getStyleClass().add(InspectorStyles.FIELD_HINT);
            standsFor.setMinWidth(Region.USE_PREF_SIZE);
            HBox segmentLine = new HBox(6, standsFor, segment);
            segmentLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            node = new VBox(4, new HBox(4, color, nameField, remove), segmentLine, descriptionArea);
            node.getStyleClass().addAll(InspectorStyles.ITEM_ROW, InspectorStyles.rowOf(InspectorStyles.PERSONA));
            name = new CommittedText(nameField, edits, t -> edit(p -> p.withName(t)), message);
            description = new CommittedText(descriptionArea, edits, t -> edit(p -> p.withDescription(t)), message);
            color.setOnAction(e -> step(p -> p.withColor(Colors.hex(color.getValue()))));
            segment.setOnAction(e -> step(p -> p.withSegmentId(
                    segment.getValue() == null || segment.getValue().isEmpty() ? null : segment.getValue())));
            remove.setOnAction(e -> edits.step(RemovePersona.of(edits.map(), persona.id()), message));
        }

        private EditPersona edit(UnaryOperator<Persona> change) {
            Persona current = edits.map().personas().stream().filter(p -> p.id().equals(persona.id()))
                    .findFirst().orElse(persona);
            return EditPersona.of(edits.map(), change.apply(current));
        }

        private void step(UnaryOperator<Persona> change) {
            if (!edits.refreshing()) {
                edits.step(edit(change), message);
            }
        }

        void show(Persona shownPersona, List<Segment> segments) {
            if (persona == null || !persona.id().equals(shownPersona.id())) {
                name.forget(); // the row moved on to another persona (one above it was removed)
                description.forget();
            }
            persona = shownPersona;
            nameField.setId("personaName-" + persona.id());
            segment.setId("personaSegment-" + persona.id());
            edits.refresh(() -> {
                List<String> choices = new ArrayList<>();
                choices.add(NO_SEGMENT);
                segments.forEach(s -> choices.add(s.id()));
                segment.getItems().setAll(choices); // also when only a name changed, so the choice reads right
                segment.setValue(Objects.requireNonNullElse(persona.segmentId(), NO_SEGMENT));
                color.setValue(Color.web(persona.color()));
            });
            name.show(persona.name());
            description.show(persona.description());
        }
    }
}
