package org.journeystudio.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.journeystudio.edit.command.AddSegment;
import org.journeystudio.edit.command.EditSegment;
import org.journeystudio.edit.command.RemoveSegment;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;

/** The map's customer segments: add, rename, recolour and remove (removing also drops their ratings). */
final class SegmentList {
    private final FieldEdits edits;
    private final InlineMessage message = new InlineMessage();
    private final VBox rows = new VBox(6);
    private final Label empty = new Label(Messages.text("inspector.noSegments"));
    private final List<SegmentRow> shown = new ArrayList<>();
    private final VBox view;

    SegmentList(FieldEdits edits) {
        this.edits = edits;
        empty.setWrapText(true);
        empty.getStyleClass().add(InspectorStyles.EMPTY_NOTE);
        empty.managedProperty().bind(empty.visibleProperty());
        view = new VBox(8, empty, rows, addRow(), message);
        view.getStyleClass().addAll(InspectorStyles.ITEM_LIST, InspectorStyles.listOf(InspectorStyles.SEGMENT));
    }

    Node view() {
        return view;
    }

    void show(List<Segment> segments) {
        while (shown.size() < segments.size()) {
            SegmentRow row = new SegmentRow();
            shown.add(row);
            rows.getChildren().add(row.node);
        }
        while (shown.size() > segments.size()) {
            shown.remove(shown.size() - 1);
            rows.getChildren().remove(rows.getChildren().size() - 1);
        }
        for (int i = 0; i < segments.size(); i++) {
            shown.get(i).show(segments.get(i));
        }
        empty.setVisible(segments.isEmpty());
    }

    void commitPending() {
        shown.forEach(row -> row.name.commit());
    }

    private Node addRow() {
        TextField field = ItemList.newItemField(Messages.text("inspector.newSegment"));
        field.setId("newSegment");
        Button add = ItemList.iconButton("fth-plus", Messages.text("inspector.addSegment"));
        add.setId("addSegment");
        Runnable adding = () -> {
            if (!field.getText().isBlank()) {
                JourneyMap map = edits.map();
                String color = Colors.unused(map.segments().stream().map(Segment::color).collect(Collectors.toSet()));
                edits.step(AddSegment.of(new Segment(Ids.next("seg"), field.getText(), "", color),
                        AddSegment.AT_END), message);
                field.clear();
            }
        };
        field.setOnAction(e -> adding.run());
        add.setOnAction(e -> adding.run());
        return new HBox(4, field, add);
    }

    /** One segment: colour, name and a remove button. */
    private final class SegmentRow {
        final ColorPicker color = Colors.picker();
        final TextField nameField = new TextField();
        final Button remove = ItemList.iconButton("fth-trash-2", Messages.text("inspector.deleteSegment"));
        final CommittedText name;
        final HBox node = new HBox(4, color, nameField, remove);
        Segment segment;

        SegmentRow() {
            node.getStyleClass().addAll(InspectorStyles.ITEM_ROW, InspectorStyles.rowOf(InspectorStyles.SEGMENT));
            HBox.setHgrow(nameField, Priority.ALWAYS);
            nameField.setPromptText(Messages.text("inspector.segmentName"));
            name = new CommittedText(nameField, edits, t -> EditSegment.of(edits.map(), current().withName(t)), message);
            color.setOnAction(e -> {
                if (!edits.refreshing()) {
                    Segment s = current();
                    edits.step(EditSegment.of(edits.map(),
                            s.withColor(Colors.hex(color.getValue()))), message);
                }
            });
            remove.setOnAction(e -> edits.step(RemoveSegment.of(edits.map(), segment.id()), message));
        }

        /** The segment as the map has it now (the row may show an older copy while typing). */
        Segment current() {
            return edits.map().segment(segment.id()).orElse(segment);
        }

        void show(Segment shownSegment) {
            if (segment == null || !segment.id().equals(shownSegment.id())) {
                name.forget(); // the row moved on to another segment (one above it was removed)
            }
            segment = shownSegment;
            nameField.setId("segmentName-" + segment.id());
            edits.refresh(() -> color.setValue(Color.web(segment.color())));
            name.show(segment.name());
        }
    }
}
