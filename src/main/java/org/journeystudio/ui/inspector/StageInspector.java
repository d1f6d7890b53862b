package org.journeystudio.ui.inspector;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.journeystudio.edit.command.RenameStage;
import org.journeystudio.edit.command.ResizeStage;
import org.journeystudio.edit.command.SetStageDescription;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.journeystudio.ui.Views;

/** Edits the selected stage: its name, description and column width. */
final class StageInspector {
    /** Narrower columns cannot show a card's title; wider ones no longer fit a laptop screen. */
    static final int MIN_WIDTH = 80;
    static final int MAX_WIDTH = 1200;

    @FXML private Label stageHeading;
    @FXML private TextField stageNameField;
    @FXML private TextArea stageDescriptionArea;
    @FXML private TextField stageWidthField;
    @FXML private Label widthHint;
    @FXML private InlineMessage stageMessage;

    private final FieldEdits edits;
    private final Parent view;
    private CommittedText name;
    private CommittedText description;
    private CommittedText width;
    private String stageId;

    StageInspector(FieldEdits edits) {
        this.edits = edits;
        this.view = Views.load(this);
    }

    @FXML
    private void initialize() {
        name = new CommittedText(stageNameField, edits, t -> RenameStage.of(edits.map(), stageId, t), stageMessage);
        description = new CommittedText(stageDescriptionArea, edits,
                t -> SetStageDescription.of(edits.map(), stageId, t), stageMessage);
        width = new CommittedText(stageWidthField, edits, t -> ResizeStage.of(edits.map(), stageId, width(t)),
                stageMessage).onEnterOnly();
        widthHint.setText(Messages.text("inspector.widthHint", MIN_WIDTH, MAX_WIDTH));
    }

    Parent view() {
        return view;
    }

    void show(String id, JourneyMap map) {
        if (!id.equals(stageId)) {
            List.of(name, description, width).forEach(CommittedText::forget);
        }
        stageId = id;
        refresh(map);
    }

    void refresh(JourneyMap map) {
        map.stage(stageId).ifPresent(stage -> edits.refresh(() -> {
            int number = map.indexOfStage(stage.id()) + 1;
            stageHeading.setText(Messages.text("inspector.stageHeading", number, map.stages().size(),
                    cardCount(map, stage)));
            name.show(stage.name());
            description.show(stage.description());
            width.show(String.valueOf(Math.round(stage.widthHint())));
        }));
    }

    void commitPending() {
        if (stageId != null) {
            List.of(name, description, width).forEach(CommittedText::commit);
        }
    }

    private static long cardCount(JourneyMap map, Stage stage) {
        return map.touchpoints().stream().filter(tp -> tp.stageId().equals(stage.id())).count();
    }

    private static double width(String text) {
        String trimmed = text.strip();
        double value;
        try {
            value = Double.parseDouble(trimmed.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.text("inspector.widthNotANumber", trimmed));
        }
        if (value < MIN_WIDTH || value > MAX_WIDTH) {
            throw new IllegalArgumentException(Messages.text("inspector.widthOutOfRange", Math.round(value), MIN_WIDTH,
                    MAX_WIDTH));
        }
        return value;
    }
}
