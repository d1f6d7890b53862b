package org.journeystudio.ui.inspector;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.journeystudio.edit.command.MapText;
import org.journeystudio.edit.command.SetMapText;
import org.journeystudio.edit.command.SetRatingScale;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.RatingScale;
import org.journeystudio.ui.Views;

/** With nothing selected: the map's own settings, its segments and its personas. */
final class MapInspector {
    @FXML private VBox mapInspector;
    @FXML private Label mapHeading;
    @FXML private TextField mapTitleField;
    @FXML private TextArea mapDescriptionArea;
    @FXML private TextArea mapScenarioArea;
    @FXML private ChoiceBox<RatingScale> scaleChoice;
    @FXML private InlineMessage mapMessage;
    @FXML private TitledPane segmentsPane;
    @FXML private TitledPane personasPane;
    @FXML private VBox segmentsHost;
    @FXML private VBox personasHost;

    private final FieldEdits edits;
    private final Parent view;
    private CommittedText title;
    private CommittedText description;
    private CommittedText scenario;
    private SegmentList segments;
    private PersonaList personas;
    private final HandoffList handoffs = new HandoffList();

    MapInspector(FieldEdits edits) {
        this.edits = edits;
        this.view = Views.load(this);
    }

    @FXML
    private void initialize() {
        title = new CommittedText(mapTitleField, edits, t -> {
            if (t.isBlank()) {
                throw new IllegalArgumentException(Messages.text("inspector.mapNeedsTitle"));
            }
            return SetMapText.of(MapText.TITLE, t);
        }, mapMessage);
        description = new CommittedText(mapDescriptionArea, edits, t -> SetMapText.of(MapText.DESCRIPTION, t), mapMessage);
        scenario = new CommittedText(mapScenarioArea, edits, t -> SetMapText.of(MapText.SCENARIO, t), mapMessage);
        scaleChoice.getItems().setAll(RatingScale.values());
        scaleChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(RatingScale scale) {
                return scale == null ? "" : Messages.text("inspector.scaleRange", scale.min(), scale.max());
            }

            @Override
            public RatingScale fromString(String text) {
                return scaleChoice.getItems().stream().filter(s -> toString(s).equals(text)).findFirst().orElse(null);
            }
        });
        scaleChoice.setOnAction(e -> {
            RatingScale scale = scaleChoice.getValue();
            if (scale != null && !edits.refreshing()) {
                edits.step(SetRatingScale.rescaling(scale), mapMessage);
            }
        });
        segments = new SegmentList(edits);
        personas = new PersonaList(edits);
        segmentsHost.getChildren().add(segments.view());
        personasHost.getChildren().add(personas.view());
        mapInspector.getChildren().add(handoffs.view());
    }

    Parent view() {
        return view;
    }

    void refresh(JourneyMap map) {
        edits.refresh(() -> {
            mapHeading.setText(Messages.text("inspector.mapHeading", map.stages().size(), map.touchpoints().size()));
            scaleChoice.setValue(map.scale());
            segmentsPane.setText(Messages.text("inspector.counted", Messages.text("inspector.segments"),
                    map.segments().size()));
            personasPane.setText(Messages.text("inspector.counted", Messages.text("inspector.personas"),
                    map.personas().size()));
        });
        title.show(map.title());
        description.show(map.description());
        scenario.show(map.scenario());
        segments.show(map.segments());
        personas.show(map);
        handoffs.show(map);
    }

    void commitPending() {
        title.commit();
        description.commit();
        scenario.commit();
        segments.commitPending();
        personas.commitPending();
    }
}
