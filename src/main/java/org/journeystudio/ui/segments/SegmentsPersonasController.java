package org.journeystudio.ui.segments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.AddPersona;
import org.journeystudio.edit.command.AddSegment;
import org.journeystudio.edit.command.EditPersona;
import org.journeystudio.edit.command.EditSegment;
import org.journeystudio.edit.command.MovePersona;
import org.journeystudio.edit.command.MoveSegment;
import org.journeystudio.edit.command.RemovePersona;
import org.journeystudio.edit.command.RemoveSegment;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Persona;
import org.journeystudio.model.Segment;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.editor.EditorSession;
import org.journeystudio.ui.inspector.Colors;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Segments & personas editor, opened from the editor: segments (name, colour, share of customers,
 * description) and personas (name, colour, icon or photo, the segment they stand for, quote, description, goals,
 * needs, frustrations), added, deleted and reordered. Every change is one command on the editor's session.
 */
public final class SegmentsPersonasController {
    /** The "stands for no segment" choice (a combo box item cannot be null and still show a name). */
    private static final String NO_SEGMENT = "";

    @FXML private ListView<Segment> segmentList;
    @FXML private GridPane segmentForm;
    @FXML private TextField segmentName;
    @FXML private ColorPicker segmentColor;
    @FXML private TextField segmentShare;
    @FXML private TextArea segmentDescription;
    @FXML private Button deleteSegmentButton;
    @FXML private Button segmentUpButton;
    @FXML private Button segmentDownButton;
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
    @FXML private Label message;

    private final EditorSession session;
    private final Function<Window, Optional<Path>> photoChooser;
    private SegmentEdits edits;
    private TextList goals;
    private TextList needs;
    private TextList frustrations;
    /**
     * Follows the map after the event that changed it has run: a change made while a list is handling a click
     * (a field that commits as it loses the focus to the list) must not replace the list's items under it.
     */
    private final ChangeListener<JourneyMap> follow;

    /** @param photoChooser asks for a photo file (the platform's file chooser in the studio, a fixed file in tests) */
    public SegmentsPersonasController(EditorSession session, Function<Window, Optional<Path>> photoChooser) {
        this.session = session;
        this.photoChooser = photoChooser;
        this.follow = (o, was, map) -> Platform.runLater(() -> show(session.map()));
    }

    /** Opens the editor in its own window above {@code owner}, following the session until it is closed. */
    public static Stage open(EditorSession session, Window owner) {
        SegmentsPersonasController controller = new SegmentsPersonasController(session,
                SegmentsPersonasController::choosePhoto);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Segments & personas — " + session.map().title());
        Scene scene = new Scene(controller.load());
        Theme.style(scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> controller.detach());
        stage.show();
        return stage;
    }

    /** Loads the view (FXML beside this class) and shows the session's map. */
    public Parent load() {
        Parent view = Views.load(this);
        session.mapProperty().addListener(follow);
        show(session.map());
        return view;
    }

    /** Stops following the session (the window closed). */
    public void detach() {
        session.mapProperty().removeListener(follow);
    }

    @FXML
    private void initialize() {
        edits = new SegmentEdits(session, message, () -> show(session.map()));
        segmentList.setCellFactory(list -> new SegmentCell());
        personaList.setCellFactory(list -> new PersonaCell());
        segmentList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showSegment());
        personaList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showPersona());
        edits.committed(segmentName, t -> segmentEdit(s -> s.withName(t)));
        edits.committed(segmentDescription, t -> segmentEdit(s -> s.withDescription(t)));
        edits.committed(segmentShare, t -> segmentEdit(s -> s.withShare(share(t))));
        segmentColor.setOnAction(e -> step(segmentEdit(s -> s.withColor(Colors.hex(segmentColor.getValue())))));
        edits.committed(personaName, t -> personaEdit(p -> p.withName(t)));
        edits.committed(personaQuote, t -> personaEdit(p -> p.withQuote(t)));
        edits.committed(personaDescription, t -> personaEdit(p -> p.withDescription(t)));
        personaColor.setOnAction(e -> step(personaEdit(p -> p.withColor(Colors.hex(personaColor.getValue())))));
        personaSegment.setConverter(new SegmentNames());
        personaSegment.setOnAction(e -> step(personaEdit(p -> p.withSegmentId(
                NO_SEGMENT.equals(personaSegment.getValue()) ? null : personaSegment.getValue()))));
        goals = new TextList("goal", list -> step(personaEdit(p -> p.withGoals(list))));
        needs = new TextList("need", list -> step(personaEdit(p -> p.withNeeds(list))));
        frustrations = new TextList("frustration", list -> step(personaEdit(p -> p.withFrustrations(list))));
        goalsHost.getChildren().add(goals.view());
        needsHost.getChildren().add(needs.view());
        frustrationsHost.getChildren().add(frustrations.view());
        for (String icon : PersonaPicture.ICONS) {
            ToggleButton choice = new ToggleButton(null, new FontIcon(icon));
            choice.setId("icon-" + icon);
            choice.getStyleClass().addAll("flat", "button-icon", "icon-choice");
            choice.setTooltip(new Tooltip("Picture the persona with this icon"));
            choice.setOnAction(e -> step(personaEdit(p -> p.withIcon(icon))));
            iconChoices.getChildren().add(choice);
        }
    }

    // Showing the map -----------------------------------------------------------------------------------------

    private void show(JourneyMap map) {
        edits.refresh(() -> {
            String segmentId = Optional.ofNullable(segmentList.getSelectionModel().getSelectedItem())
                    .map(Segment::id).orElse(null);
            String personaId = Optional.ofNullable(personaList.getSelectionModel().getSelectedItem())
                    .map(Persona::id).orElse(null);
            if (!segmentList.getItems().equals(map.segments())) {
                segmentList.getItems().setAll(map.segments());
            }
            if (!personaList.getItems().equals(map.personas())) {
                personaList.getItems().setAll(map.personas());
            }
            select(segmentList, map.segments().stream().map(Segment::id).toList(), segmentId);
            select(personaList, map.personas().stream().map(Persona::id).toList(), personaId);
            List<String> choices = new java.util.ArrayList<>(List.of(NO_SEGMENT));
            map.segments().forEach(s -> choices.add(s.id()));
            if (!personaSegment.getItems().equals(choices)) {
                personaSegment.getItems().setAll(choices);
            }
        });
        showSegment();
        showPersona();
    }

    private static <T> void select(ListView<T> list, List<String> ids, String id) {
        int index = id == null ? -1 : ids.indexOf(id);
        if (index < 0 && !ids.isEmpty()) {
            index = 0;
        }
        if (index >= 0) {
            list.getSelectionModel().select(index);
        } else {
            list.getSelectionModel().clearSelection();
        }
    }

    private void showSegment() {
        Segment s = segmentList.getSelectionModel().getSelectedItem();
        int index = segmentList.getSelectionModel().getSelectedIndex();
        segmentForm.setDisable(s == null);
        deleteSegmentButton.setDisable(s == null);
        segmentUpButton.setDisable(s == null || index == 0);
        segmentDownButton.setDisable(s == null || index == segmentList.getItems().size() - 1);
        edits.refresh(() -> {
            segmentName.setText(s == null ? "" : s.name());
            segmentDescription.setText(s == null ? "" : s.description());
            segmentShare.setText(s == null || s.share() == null ? "" : format(s.share()));
            segmentColor.setValue(s == null ? Color.GRAY : Color.web(s.color()));
        });
    }

    private void showPersona() {
        Persona p = personaList.getSelectionModel().getSelectedItem();
        int index = personaList.getSelectionModel().getSelectedIndex();
        personaForm.setDisable(p == null);
        deletePersonaButton.setDisable(p == null);
        personaUpButton.setDisable(p == null || index == 0);
        personaDownButton.setDisable(p == null || index == personaList.getItems().size() - 1);
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

    // Segments ---------------------------------------------------------------------------------------------

    @FXML
    private void addSegment() {
        JourneyMap map = session.map();
        String color = Colors.unused(map.segments().stream().map(Segment::color).collect(Collectors.toSet()));
        Segment added = new Segment(Ids.next("seg"), "New segment", "", color);
        if (step(AddSegment.of(added, AddSegment.AT_END))) {
            show(session.map()); // now, not later: the new segment is to be selected and named at once
            segmentList.getSelectionModel().select(segmentList.getItems().size() - 1);
            segmentName.requestFocus();
            segmentName.selectAll();
        }
    }

    @FXML
    private void deleteSegment() {
        selectedSegment().ifPresent(s -> step(RemoveSegment.of(session.map(), s.id())));
    }

    @FXML
    private void segmentUp() {
        moveSegment(-1);
    }

    @FXML
    private void segmentDown() {
        moveSegment(1);
    }

    private void moveSegment(int by) {
        int index = segmentList.getSelectionModel().getSelectedIndex();
        selectedSegment().ifPresent(s -> step(MoveSegment.of(session.map(), s.id(), index + by)));
    }

    private Optional<Segment> selectedSegment() {
        return Optional.ofNullable(segmentList.getSelectionModel().getSelectedItem());
    }

    /** An edit of the selected segment, or null when there is none or nothing changes. */
    private MapCommand segmentEdit(java.util.function.UnaryOperator<Segment> change) {
        Optional<Segment> now = selectedSegment().flatMap(s -> session.map().segment(s.id()));
        if (now.isEmpty()) {
            return null;
        }
        Segment changed = change.apply(now.get());
        return changed.equals(now.get()) ? null : EditSegment.of(session.map(), changed);
    }

    /** "35", "12.5", "12,5 %" or empty (unknown) as a share in percent. */
    static Double share(String text) {
        String cleaned = text.replace("%", "").replace(',', '.').strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(cleaned);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A share of customers is a number from 0 to 100, like 35 or 12.5, "
                    + "not '" + text.strip() + "'");
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    // Personas ---------------------------------------------------------------------------------------------

    @FXML
    private void addPersona() {
        JourneyMap map = session.map();
        String color = Colors.unused(map.personas().stream().map(Persona::color).collect(Collectors.toSet()));
        Persona added = new Persona(Ids.next("persona"), "New persona", "", color, null);
        if (step(AddPersona.of(added, AddPersona.AT_END))) {
            show(session.map());
            personaList.getSelectionModel().select(personaList.getItems().size() - 1);
            personaName.requestFocus();
            personaName.selectAll();
        }
    }

    @FXML
    private void deletePersona() {
        selectedPersona().ifPresent(p -> step(RemovePersona.of(session.map(), p.id())));
    }

    @FXML
    private void personaUp() {
        movePersona(-1);
    }

    @FXML
    private void personaDown() {
        movePersona(1);
    }

    private void movePersona(int by) {
        int index = personaList.getSelectionModel().getSelectedIndex();
        selectedPersona().ifPresent(p -> step(MovePersona.of(session.map(), p.id(), index + by)));
    }

    @FXML
    private void choosePhoto() {
        if (selectedPersona().isEmpty()) {
            return;
        }
        photoChooser.apply(personaList.getScene().getWindow()).ifPresent(file -> {
            try {
                String photo = PersonaPicture.photoFrom(file);
                step(personaEdit(p -> p.withPhoto(photo)));
            } catch (IOException | RuntimeException e) {
                message.getStyleClass().add("error");
                message.setText("Could not use the photo: " + e.getMessage());
            }
        });
    }

    @FXML
    private void removePhoto() {
        step(personaEdit(p -> p.withPhoto(null)));
    }

    private Optional<Persona> selectedPersona() {
        return Optional.ofNullable(personaList.getSelectionModel().getSelectedItem());
    }

    /** An edit of the selected persona, or null when there is none or nothing changes. */
    private MapCommand personaEdit(java.util.function.UnaryOperator<Persona> change) {
        Optional<Persona> now = selectedPersona()
                .flatMap(p -> session.map().personas().stream().filter(q -> q.id().equals(p.id())).findFirst());
        if (now.isEmpty()) {
            return null;
        }
        Persona changed = change.apply(now.get());
        return changed.equals(now.get()) ? null : EditPersona.of(session.map(), changed);
    }

    // Window -----------------------------------------------------------------------------------------------

    private boolean step(MapCommand command) {
        return command != null && edits.step(command);
    }

    @FXML
    private void undo() {
        if (session.document().canUndo()) {
            session.document().undo();
        }
    }

    @FXML
    private void redo() {
        if (session.document().canRedo()) {
            session.document().redo();
        }
    }

    @FXML
    private void close() {
        message.getScene().getWindow().hide();
    }

    private static Optional<Path> choosePhoto(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a photo for the persona");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures (*.png, *.jpg, *.gif, *.bmp)",
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    /** Shows a segment id in the "stands for" box by the segment's name. */
    private final class SegmentNames extends StringConverter<String> {
        @Override
        public String toString(String id) {
            if (id == null || id.equals(NO_SEGMENT)) {
                return "No segment";
            }
            return session.map().segment(id).map(Segment::name).orElse(id);
        }

        @Override
        public String fromString(String text) {
            return text;
        }
    }
}
