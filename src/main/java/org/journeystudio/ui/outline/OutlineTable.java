package org.journeystudio.ui.outline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.cell.ChoiceBoxTreeTableCell;
import javafx.scene.control.cell.TextFieldTreeTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.converter.DefaultStringConverter;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.editing.OutlineEdits;
import org.journeystudio.editing.SpokenMap;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.ChannelKind;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.PainPoint;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Stage;
import org.journeystudio.model.Touchpoint;

/**
 * The outline's tree table: a row per stage with its touchpoints below, a column per field. A cell is edited
 * in place (F2 or typing starts, Enter keeps, Esc cancels) and each edit becomes the command the inspector
 * would run, handed to {@code apply}; a stage row edits only its name.
 */
final class OutlineTable {
    /** A row: a stage (no touchpoint) or one of its touchpoints. */
    record Row(String stageId, String touchpointId) {
        boolean isStage() {
            return touchpointId == null;
        }
    }

    /** Runs an edit's command (null when there is nothing to do) as one undo step; says why it was refused. */
    interface Edits {
        void apply(java.util.function.Supplier<MapCommand> command, boolean rating);
    }

    private final TreeTableView<Row> table;
    private final Edits edits;
    private final ObservableList<String> laneTitles = FXCollections.observableArrayList();
    /** The segments' rating columns under one "Rating" header, shown only when the map has segments. */
    private final TreeTableColumn<Row, String> ratings = new TreeTableColumn<>(Messages.text("outline.rating"));
    private final Set<String> collapsed = new HashSet<>();
    private JourneyMap map;
    private int segmentsAt;

    OutlineTable(TreeTableView<Row> table, Edits edits) {
        this.table = table;
        this.edits = edits;
        table.setRoot(new TreeItem<>(new Row(null, null)));
        table.setShowRoot(false);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        // Every column in view at 1024 px: a long text is cut in its cell, never pushed out of the window.
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::editKey);
    }

    /** The field columns, in the FXML's order; the segments' rating columns go in before {@code emotion}. */
    @SuppressWarnings("unchecked")
    void columns(TreeTableColumn<Row, String> title, TreeTableColumn<Row, String> channel,
                 TreeTableColumn<Row, String> lane, TreeTableColumn<Row, String> expectation,
                 TreeTableColumn<Row, String> emotion, TreeTableColumn<Row, String> painPoints,
                 TreeTableColumn<Row, String> opportunities) {
        text(title, (m, r) -> r.isStage() ? m.stage(r.stageId()).map(Stage::name).orElse("")
                : card(m, r).title(), true, (m, r, v) -> r.isStage() ? OutlineEdits.stageName(m, r.stageId(), v)
                : OutlineEdits.title(m, r.touchpointId(), v));
        choice(channel, t -> ModelWords.channel(t.channel().kind()), FXCollections.observableArrayList(
                java.util.Arrays.stream(ChannelKind.values()).map(ModelWords::channel).toList()),
                (m, r, v) -> OutlineEdits.channel(m, r.touchpointId(), java.util.Arrays.stream(ChannelKind.values())
                        .filter(k -> ModelWords.channel(k).equals(v)).findFirst().orElse(ChannelKind.OTHER)));
        choice(lane, t -> map.lane(t.laneId()).map(Lane::title).orElse(""), laneTitles,
                (m, r, v) -> OutlineEdits.lane(m, r.touchpointId(), cardLanes(m).stream()
                        .filter(l -> l.title().equals(v)).findFirst().map(Lane::id).orElseThrow()));
        text(expectation, (m, r) -> r.isStage() ? "" : OutlineEdits.expectationsText(card(m, r)), false,
                (m, r, v) -> OutlineEdits.expectations(m, r.touchpointId(), v));
        List<String> feelings = new ArrayList<>();
        for (int score = Emotion.MIN; score <= Emotion.MAX; score++) {
            feelings.add(ModelWords.emotion(score));
        }
        choice(emotion, t -> ModelWords.emotion(t.emotion()), FXCollections.observableArrayList(feelings),
                (m, r, v) -> OutlineEdits.emotion(m, r.touchpointId(), feelings.indexOf(v) + Emotion.MIN));
        painPoints.setCellValueFactory(c -> shown(c, t -> String.join("; ",
                t.painPoints().stream().map(PainPoint::text).toList())));
        opportunities.setCellValueFactory(c -> shown(c, t -> {
            int count = map.opportunitiesAt(t).size();
            return count == 0 ? "" : Messages.number(count, 0);
        }));
        segmentsAt = table.getColumns().indexOf(emotion);
    }

    /** Shows {@code now}: rebuilds the rows when stages or cards came or went, else redraws the values. */
    void show(JourneyMap now) {
        boolean sameSegments = map != null && map.segments().equals(now.segments());
        boolean sameRows = map != null && rowsOf(map).equals(rowsOf(now));
        map = now;
        laneTitles.setAll(cardLanes(now).stream().map(Lane::title).toList());
        if (!sameSegments) {
            showSegments(now.segments());
        }
        if (sameRows) {
            table.refresh();
            return;
        }
        rememberCollapsed();
        List<TreeItem<Row>> stages = new ArrayList<>();
        for (Stage stage : now.stages()) {
            TreeItem<Row> item = new TreeItem<>(new Row(stage.id(), null));
            for (Touchpoint card : SpokenMap.cardsOf(now, stage.id())) {
                item.getChildren().add(new TreeItem<>(new Row(stage.id(), card.id())));
            }
            item.setExpanded(!collapsed.contains(stage.id()));
            stages.add(item);
        }
        table.getRoot().getChildren().setAll(stages);
    }

    /** The row of this card or stage, or -1 when it is not shown (its stage folded). */
    int rowOf(String stageId, String touchpointId) {
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            Row row = table.getTreeItem(i).getValue();
            if (row.stageId().equals(stageId) && java.util.Objects.equals(row.touchpointId(), touchpointId)) {
                return i;
            }
        }
        return -1;
    }

    /** Unfolds the stage of a card about to be selected. */
    void unfold(String stageId) {
        table.getRoot().getChildren().stream().filter(i -> i.getValue().stageId().equals(stageId))
                .forEach(i -> i.setExpanded(true));
    }

    TreeTableColumn<Row, ?> firstColumn() {
        return table.getColumns().get(0);
    }

    private void rememberCollapsed() {
        for (TreeItem<Row> item : table.getRoot().getChildren()) {
            if (item.isExpanded()) {
                collapsed.remove(item.getValue().stageId());
            } else {
                collapsed.add(item.getValue().stageId());
            }
        }
    }

    private static List<Row> rowsOf(JourneyMap map) {
        List<Row> rows = new ArrayList<>();
        for (Stage stage : map.stages()) {
            rows.add(new Row(stage.id(), null));
            SpokenMap.cardsOf(map, stage.id()).forEach(t -> rows.add(new Row(stage.id(), t.id())));
        }
        return rows;
    }

    private static List<Lane> cardLanes(JourneyMap map) {
        return map.lanes().stream().filter(l -> l.kind().holdsCards()).toList();
    }

    /** A rating column per segment, named after it under "Rating", typed as a number on the map's scale. */
    private void showSegments(List<Segment> segments) {
        table.getColumns().remove(ratings);
        ratings.getColumns().clear();
        for (Segment segment : segments) {
            TreeTableColumn<Row, String> column = new TreeTableColumn<>(segment.name());
            column.setPrefWidth(95);
            column.setId("rating-" + segment.id());
            text(column, (m, r) -> r.isStage() ? "" : rating(card(m, r).satisfaction().get(segment.id())), false,
                    (m, r, v) -> OutlineEdits.rating(m, r.touchpointId(), segment.id(), v));
            ratings.getColumns().add(column);
        }
        if (!segments.isEmpty()) {
            table.getColumns().add(Math.min(segmentsAt, table.getColumns().size()), ratings);
        }
    }

    private static String rating(Double value) {
        return value == null ? "" : Messages.number(value, value == Math.rint(value) ? 0 : 1);
    }

    /** Makes a command from the map, the edited row and the new value. */
    private interface Edit {
        MapCommand make(JourneyMap map, Row row, String value);
    }

    private void text(TreeTableColumn<Row, String> column, BiFunction<JourneyMap, Row, String> value,
                      boolean stageEditable, Edit edit) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null || map == null ? ""
                : value.apply(map, c.getValue().getValue())));
        column.setCellFactory(c -> new TextFieldTreeTableCell<>(new DefaultStringConverter()) {
            @Override
            public void startEdit() {
                if (editable(getTableRow().getItem(), stageEditable)) {
                    super.startEdit();
                }
            }
        });
        commitThrough(column, edit);
    }

    private void choice(TreeTableColumn<Row, String> column, Function<Touchpoint, String> value,
                        ObservableList<String> choices, Edit edit) {
        column.setCellValueFactory(c -> shown(c, value));
        column.setCellFactory(c -> new ChoiceBoxTreeTableCell<>(choices) {
            @Override
            public void startEdit() {
                if (!editable(getTableRow().getItem(), false)) {
                    return;
                }
                super.startEdit();
                // Open the choices at once: arrows pick, Enter keeps, Esc leaves the value alone.
                if (getGraphic() instanceof ChoiceBox<?> box) {
                    box.requestFocus();
                    box.show();
                }
            }
        });
        commitThrough(column, edit);
    }

    private void commitThrough(TreeTableColumn<Row, String> column, Edit edit) {
        boolean rating = column.getId() != null && column.getId().startsWith("rating-");
        column.setOnEditCommit(e -> {
            Row row = e.getRowValue().getValue();
            if (e.getNewValue() != null && !e.getNewValue().equals(e.getOldValue())) {
                edits.apply(() -> edit.make(map, row, e.getNewValue()), rating);
            }
            table.requestFocus();
        });
    }

    private static boolean editable(Row row, boolean stageEditable) {
        return row != null && (stageEditable || !row.isStage());
    }

    private ReadOnlyStringWrapper shown(TreeTableColumn.CellDataFeatures<Row, String> c,
                                        Function<Touchpoint, String> value) {
        Row row = c.getValue() == null ? null : c.getValue().getValue();
        return new ReadOnlyStringWrapper(row == null || row.isStage() || map == null ? ""
                : map.touchpoint(row.touchpointId()).map(value).orElse(""));
    }

    private static Touchpoint card(JourneyMap map, Row row) {
        return map.touchpoint(row.touchpointId()).orElseThrow();
    }

    /**
     * F2 edits the focused cell (the table has no key for it); Left and Right go from cell to cell (Left in the
     * first cell is the tree's own: it folds the stage).
     */
    private void editKey(KeyEvent e) {
        var focused = table.getFocusModel().getFocusedCell();
        if (table.getEditingCell() != null || focused == null || focused.getRow() < 0 || e.isShortcutDown()) {
            return;
        }
        TreeTableColumn<Row, ?> column = focused.getTableColumn() != null ? focused.getTableColumn() : firstColumn();
        int at = table.getVisibleLeafIndex(column);
        if (e.getCode() == KeyCode.F2) {
            table.edit(focused.getRow(), column);
        } else if ((e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT) && !e.isShiftDown()) {
            int next = at + (e.getCode() == KeyCode.RIGHT ? 1 : -1);
            if (next < 0 || next >= table.getVisibleLeafColumns().size()) {
                return;
            }
            TreeTableColumn<Row, ?> to = table.getVisibleLeafColumn(next);
            table.getSelectionModel().clearAndSelect(focused.getRow(), to);
            table.getFocusModel().focus(focused.getRow(), to);
            table.scrollToColumn(to);
        } else {
            return;
        }
        e.consume();
    }
}
