package org.journeystudio.ui.segments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.AddPersona;
import org.journeystudio.edit.command.EditPersona;
import org.journeystudio.edit.command.MovePersona;
import org.journeystudio.edit.command.RemovePersona;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.SharedKind;
import org.journeystudio.store.LibraryException;
import org.journeystudio.ui.library.SharedRemoval;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.usecase.SharedLibrary;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;
import org.journeystudio.ui.StudioStyles;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.inspector.Colors;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The personas column of the Segments & personas editor: the personas, and the chosen one's name, colour,
 * picture (an icon or a photo), the segment it stands for, quote, description, goals, needs and frustrations.
 */
public final class PersonaColumn {
    /** The "stands for no segment" choice (a combo box item cannot be null and still show a name). */
    private static final String NO_SEGMENT = "";

    @FXML private ListView<Persona> personaList;
    @FXML private GridPane personaForm;
    @FXML private TextField personaName;
    @FXML private ColorPicker personaColor;
    @FXML private StackPane personaPicture;
    @FXML private FlowPane iconChoices;
    @FXML private Button removePhotoButton;
    @FXML private ComboBox<String> personaSegment;
    @FXML private TextArea personaQuote;
    @FXML private TextArea personaDescription;
    @FXML private VBox goalsHost;
    @FXML private VBox needsHost;
    @FXML private VBox frustrationsHost;
    @FXML private Button deletePersonaButton;
    @FXML private Button personaUpButton;
    @FXML private Button personaDownButton;

    private final SegmentEdits edits;
    private final Function<Window, Optional<Path>> photoChooser;
    private final Label message;
    private OrderedList<Persona> personas;
    private TextList goals;
    private TextList needs;
    private TextList frustrations;

    /** @param message where a photo that cannot be used is reported */
    PersonaColumn(SegmentEdits edits, Function<Window, Optional<Path>> photoChooser, Label message) {
        this.edits = edits;
        this.photoChooser = photoChooser;
        this.message = message;
    }

    Parent load() {
        return Views.load(this);
    }

    @FXML
    private void initialize() {
        personas = new OrderedList<>(personaList, Persona::id, personaUpButton, personaDownButton,
                deletePersonaButton);
        personaList.setCellFactory(list -> new PersonaCell());
        personaList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showSelected());
        edits.committed(personaName, t -> edit(p -> p.withName(t)));
        edits.committed(personaQuote, t -> edit(p -> p.withQuote(t)));
        edits.committed(personaDescription, t -> edit(p -> p.withDescription(t)));
        personaColor.setOnAction(e -> edits.step(edit(p -> p.withColor(Colors.hex(personaColor.getValue())))));
        personaSegment.setConverter(new SegmentNames());
        personaSegment.setOnAction(e -> edits.step(edit(p -> p.withSegmentId(
                NO_SEGMENT.equals(personaSegment.getValue()) ? null : personaSegment.getValue()))));
        goals = new TextList("goal", TextList.texts("segments.addAGoal", "segments.addTheGoal", "segments.removeTheGoal"), list -> edits.step(edit(p -> p.withGoals(list))));
        needs = new TextList("need", TextList.texts("segments.addANeed", "segments.addTheNeed", "segments.removeTheNeed"), list -> edits.step(edit(p -> p.withNeeds(list))));
        frustrations = new TextList("frustration", TextList.texts("segments.addAFrustration", "segments.addTheFrustration",
                "segments.removeTheFrustration"), list -> edits.step(edit(p -> p.withFrustrations(list))));
        goalsHost.getChildren().add(goals.view());
        needsHost.getChildren().add(needs.view());
        frustrationsHost.getChildren().add(frustrations.view());
        for (String icon : PersonaPicture.ICONS) {
            ToggleButton choice = new ToggleButton(null, new FontIcon(icon));
            choice.setId("icon-" + icon);
            choice.getStyleClass().addAll(SegmentsStyles.FLAT, SegmentsStyles.BUTTON_ICON, SegmentsStyles.ICON_CHOICE);
            choice.setTooltip(new Tooltip(Messages.text("segments.pictureWithIcon")));
            choice.setOnAction(e -> edits.step(edit(p -> p.withIcon(icon))));
            iconChoices.getChildren().add(choice);
        }
    }

    /** Shows the map's personas, keeping the chosen one, and its segments as what a persona can stand for. */
    void show(JourneyMap map) {
        edits.refresh(() -> {
            personas.show(map.personas());
            List<String> choices = new ArrayList<>(List.of(NO_SEGMENT));
            map.segments().forEach(s -> choices.add(s.id()));
            if (!personaSegment.getItems().equals(choices)) {
                personaSegment.getItems().setAll(choices);
            }
        });
        showSelected();
    }

    private void showSelected() {
        Persona p = personas.updateButtons().orElse(null);
        personaForm.setDisable(p == null);
        edits.refresh(() -> {
            personaName.setText(p == null ? "" : p.name());
            personaQuote.setText(p == null ? "" : p.quote());
            personaDescription.setText(p == null ? "" : p.description());
            personaColor.setValue(p == null ? Color.GRAY : Color.web(p.color()));
            personaSegment.setValue(p == null || p.segmentId() == null ? NO_SEGMENT : p.segmentId());
            goals.show(p == null ? List.of() : p.goals());
            needs.show(p == null ? List.of() : p.needs());
            frustrations.show(p == null ? List.of() : p.frustrations());
            personaPicture.getChildren().setAll(p == null ? List.of() : List.of(PersonaPicture.of(p, 48)));
            removePhotoButton.setDisable(p == null || p.photo() == null);
            iconChoices.getChildren().forEach(n -> ((ToggleButton) n).setSelected(p != null && p.photo() == null
                    && n.getId().equals("icon-" + (p.icon() == null ? "fth-user" : p.icon()))));
        });
    }

    @FXML
    private void addPersona() {
        JourneyMap map = edits.session().map();
        String color = Colors.unused(map.personas().stream().map(Persona::color).collect(Collectors.toSet()));
        Persona added = new Persona(Ids.next("persona"), Messages.text("segments.newPersona"), "", color, null);
        if (edits.step(AddPersona.of(added, AddPersona.AT_END))) {
            show(edits.session().map()); // now, not later: the new persona is to be selected and named at once
            personas.selectLast();
            personaName.requestFocus();
            personaName.selectAll();
        }
    }

    /**
     * Deletes the selected persona; one shared with other journeys asks first whether only here (undoable) or
     * everywhere (undo then brings it back here only).
     */
    @FXML
    private void deletePersona() {
        EditorSession session = edits.session();
        personas.selected().ifPresent(p -> SharedRemoval.remove(message.getScene().getWindow(),
                session.sharedLibrary(), session.map().id(), new SharedRemoval.Item(SharedKind.PERSONA, p.sharedId(),
                        p.name()),
                () -> edits.step(RemovePersona.of(edits.session().map(), p.id())), message::setText));
    }

    @FXML
    private void personaUp() {
        move(-1);
    }

    @FXML
    private void personaDown() {
        move(1);
    }

    private void move(int by) {
        int index = personas.selectedIndex();
        personas.selected().ifPresent(p -> edits.step(MovePersona.of(edits.session().map(), p.id(), index + by)));
    }

    @FXML
    private void choosePhoto() {
        if (personas.selected().isEmpty()) {
            return;
        }
        photoChooser.apply(personaList.getScene().getWindow()).ifPresent(file -> {
            try {
                String photo = PersonaPicture.photoFrom(file);
                edits.step(edit(p -> p.withPhoto(photo)));
            } catch (IOException | RuntimeException e) {
                message.getStyleClass().add(StudioStyles.ERROR);
                message.setText(Messages.text("segments.couldNotUsePhoto", e.getMessage()));
            }
        });
    }

    @FXML
    private void removePhoto() {
        edits.step(edit(p -> p.withPhoto(null)));
    }

    /** An edit of the selected persona, or null when there is none or nothing changes. */
    private MapCommand edit(UnaryOperator<Persona> change) {
        JourneyMap map = edits.session().map();
        Optional<Persona> now = personas.selected()
                .flatMap(p -> map.personas().stream().filter(q -> q.id().equals(p.id())).findFirst());
        if (now.isEmpty()) {
            return null;
        }
        Persona changed = change.apply(now.get());
        return changed.equals(now.get()) ? null : EditPersona.of(map, changed);
    }

    /** Shows a segment id in the "stands for" box by the segment's name. */
    private final class SegmentNames extends StringConverter<String> {
        @Override
        public String toString(String id) {
            if (id == null || id.equals(NO_SEGMENT)) {
                return Messages.text("segments.noSegment");
            }
            return edits.session().map().segment(id).map(Segment::name).orElse(id);
        }

        @Override
        public String fromString(String text) {
            return text;
        }
    }
}
