package org.journeystudio.ui.segments;

import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.AddSegment;
import org.journeystudio.edit.command.EditSegment;
import org.journeystudio.edit.command.MoveSegment;
import org.journeystudio.edit.command.RemoveSegment;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Ids;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.ui.FormChecks;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.inspector.Colors;

/**
 * The segments column of the Segments & personas editor: the segments in the heatmap's column order, and the
 * chosen one's name, colour, share of customers and description. A share that is no percentage is marked while
 * it is typed, and refused when it is committed.
 */
public final class SegmentColumn {
    @FXML private ListView<Segment> segmentList;
    @FXML private GridPane segmentForm;
    @FXML private TextField segmentName;
    @FXML private ColorPicker segmentColor;
    @FXML private TextField segmentShare;
    @FXML private TextArea segmentDescription;
    @FXML private Button deleteSegmentButton;
    @FXML private Button segmentUpButton;
    @FXML private Button segmentDownButton;

    private final SegmentEdits edits;
    private OrderedList<Segment> segments;

    SegmentColumn(SegmentEdits edits) {
        this.edits = edits;
    }

    Parent load() {
        return Views.load(this);
    }

    @FXML
    private void initialize() {
        segments = new OrderedList<>(segmentList, Segment::id, segmentUpButton, segmentDownButton,
                deleteSegmentButton);
        segmentList.setCellFactory(list -> new SegmentCell());
        segmentList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showSelected());
        edits.committed(segmentName, t -> edit(s -> s.withName(t)));
        edits.committed(segmentDescription, t -> edit(s -> s.withDescription(t)));
        edits.committed(segmentShare, t -> edit(s -> s.withShare(share(t))));
        segmentColor.setOnAction(e -> edits.step(edit(s -> s.withColor(Colors.hex(segmentColor.getValue())))));
        new FormChecks().check(segmentShare, this::shareProblem);
    }

    /** Shows the map's segments, keeping the chosen one. */
    void show(JourneyMap map) {
        edits.refresh(() -> segments.show(map.segments()));
        showSelected();
    }

    private void showSelected() {
        Segment s = segments.updateButtons().orElse(null);
        segmentForm.setDisable(s == null);
        edits.refresh(() -> {
            segmentName.setText(s == null ? "" : s.name());
            segmentDescription.setText(s == null ? "" : s.description());
            segmentShare.setText(s == null || s.share() == null ? "" : format(s.share()));
            segmentColor.setValue(s == null ? Color.GRAY : Color.web(s.color()));
        });
    }

    @FXML
    private void addSegment() {
        JourneyMap map = edits.session().map();
        String color = Colors.unused(map.segments().stream().map(Segment::color).collect(Collectors.toSet()));
        Segment added = new Segment(Ids.next("seg"), Messages.text("segments.newSegment"), "", color);
        if (edits.step(AddSegment.of(added, AddSegment.AT_END))) {
            show(edits.session().map()); // now, not later: the new segment is to be selected and named at once
            segments.selectLast();
            segmentName.requestFocus();
            segmentName.selectAll();
        }
    }

    @FXML
    private void deleteSegment() {
        segments.selected().ifPresent(s -> edits.step(RemoveSegment.of(edits.session().map(), s.id())));
    }

    @FXML
    private void segmentUp() {
        move(-1);
    }

    @FXML
    private void segmentDown() {
        move(1);
    }

    private void move(int by) {
        int index = segments.selectedIndex();
        segments.selected().ifPresent(s -> edits.step(MoveSegment.of(edits.session().map(), s.id(), index + by)));
    }

    /** An edit of the selected segment, or null when there is none or nothing changes. */
    private MapCommand edit(UnaryOperator<Segment> change) {
        JourneyMap map = edits.session().map();
        Optional<Segment> now = segments.selected().flatMap(s -> map.segment(s.id()));
        if (now.isEmpty()) {
            return null;
        }
        Segment changed = change.apply(now.get());
        return changed.equals(now.get()) ? null : EditSegment.of(map, changed);
    }

    /** What is wrong with a share as typed so far, in the words the map would refuse it with; empty when fine. */
    private Optional<String> shareProblem(String text) {
        try {
            Double value = share(text);
            segments.selected().ifPresent(s -> s.withShare(value));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
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
            throw new IllegalArgumentException(Messages.text("segments.shareNotANumber", text.strip()));
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : Messages.number(value, 1);
    }
}
