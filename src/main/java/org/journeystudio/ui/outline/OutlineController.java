package org.journeystudio.ui.outline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.editing.EditActions;
import org.journeystudio.editing.FieldEdits;
import org.journeystudio.editing.SpokenMap;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.outline.OutlineTable.Row;
import org.journeystudio.ui.session.EditorSession;

/**
 * The map as an outline ({@code OutlineView.fxml}), in a window beside the editor: a tree table of stages and
 * their touchpoints, every field a cell to edit by keyboard, and a read mode that a screen reader goes through
 * stage by stage. It follows the session both ways: every change of the map redraws it, selecting a row
 * selects the card on the canvas and the other way round. Its edits are the inspector's commands, each one
 * undo step of the editor's history (Ctrl+Z works here too).
 */
public final class OutlineController {
    /** The outline open for each editor, so the View menu brings it to the front instead of opening another. */
    private static final Map<EditorSession, Stage> OPEN = new WeakHashMap<>();

    @FXML private Label heading;
    @FXML private ToggleButton readToggle;
    @FXML private TreeTableView<Row> table;
    @FXML private TreeTableColumn<Row, String> titleColumn, channelColumn, laneColumn, expectationColumn,
            emotionColumn, painColumn, opportunityColumn;
    @FXML private ListView<String> readList;
    @FXML private Label message;

    private final EditorSession session;
    private final FieldEdits edits;
    private final EditActions history;
    private final ChangeListener<JourneyMap> follow = (o, was, now) -> show(now);
    private final ListChangeListener<String> cardsPicked = c -> showSelection();
    private final ChangeListener<String> stagePicked = (o, was, now) -> showSelection();
    private OutlineTable outline;
    /** True while the outline shows the session's selection, so its own selection listener stays quiet. */
    private boolean mirroring;

    OutlineController(EditorSession session) {
        this.session = session;
        this.edits = new FieldEdits(session.document(), session.ratingOrigins(), Platform::runLater);
        this.history = new EditActions(session.document(), session::newCardEvidence);
    }

    /** Shows the outline of the session's map beside {@code owner}, or brings the open one to the front. */
    public static Stage show(EditorSession session, Window owner) {
        Stage open = OPEN.get(session);
        if (open != null && open.isShowing()) {
            open.toFront();
            open.requestFocus();
            return open;
        }
        OutlineController controller = new OutlineController(session);
        Parent view = controller.load();
        Stage stage = Views.showBeside(owner, Messages.text("outline.windowTitle", session.map().title()), view,
                () -> {
                    controller.detach();
                    OPEN.remove(session);
                });
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        OPEN.put(session, stage);
        controller.table.requestFocus();
        return stage;
    }

    /** Closes the outline of this editor, if one is open (the project closes). */
    public static void closeFor(EditorSession session) {
        Stage open = OPEN.remove(session);
        if (open != null) {
            open.close();
        }
    }

    Parent load() {
        Parent view = Views.load(this);
        session.mapProperty().addListener(follow);
        session.selection().touchpointIds().addListener(cardsPicked);
        session.selection().stageIdProperty().addListener(stagePicked);
        show(session.map());
        showSelection();
        return view;
    }

    void detach() {
        session.mapProperty().removeListener(follow);
        session.selection().touchpointIds().removeListener(cardsPicked);
        session.selection().stageIdProperty().removeListener(stagePicked);
    }

    @FXML
    private void initialize() {
        outline = new OutlineTable(table, this::apply);
        outline.columns(titleColumn, channelColumn, laneColumn, expectationColumn, emotionColumn, painColumn,
                opportunityColumn);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<Row>>) c -> pick());
        readList.setCellFactory(list -> new ListCell<>() {
            // A Text wraps to a width and tells the list its height; a cell's own label stays on one line.
            private final Text text = new Text();

            {
                text.getStyleClass().add("outline-paragraph");
                text.wrappingWidthProperty().bind(list.widthProperty().subtract(40));
            }

            @Override
            protected void updateItem(String paragraph, boolean empty) {
                super.updateItem(paragraph, empty);
                text.setText(empty ? "" : paragraph);
                setGraphic(empty ? null : text);
                setAccessibleText(empty ? null : paragraph);
            }
        });
        readToggle.selectedProperty().addListener((o, was, reading) -> {
            table.setVisible(!reading);
            readList.setVisible(reading);
            (reading ? readList : table).requestFocus();
            if (reading && readList.getSelectionModel().isEmpty()) {
                readList.getSelectionModel().select(0);
            }
        });
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        table.addEventHandler(KeyEvent.KEY_PRESSED, this::windowKeys);
        readList.addEventHandler(KeyEvent.KEY_PRESSED, this::windowKeys);
    }

    private void show(JourneyMap map) {
        heading.setText(map.title());
        mirroring = true;
        try {
            outline.show(map);
        } finally {
            mirroring = false;
        }
        showSelection();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(Messages.text("outline.readMap", map.title(), map.stages().size(),
                map.touchpoints().size()));
        for (int i = 0; i < map.stages().size(); i++) {
            paragraphs.add(SpokenMap.stage(map, i));
        }
        int at = readList.getSelectionModel().getSelectedIndex();
        readList.getItems().setAll(paragraphs);
        if (at >= 0) {
            readList.getSelectionModel().select(Math.min(at, paragraphs.size() - 1));
        }
    }

    /** Selects the rows of what the editor has selected (the canvas's cards, or a stage). */
    private void showSelection() {
        if (mirroring || outline == null) {
            return;
        }
        List<String> cards = List.copyOf(session.selection().touchpointIds());
        String stageId = session.selection().stageIdProperty().get();
        if (selectedRows().equals(wanted(cards, stageId))) {
            return;
        }
        mirroring = true;
        try {
            table.getSelectionModel().clearSelection();
            int first = -1;
            for (String id : cards) {
                String stage = session.map().touchpoint(id).map(t -> t.stageId()).orElse(null);
                if (stage != null) {
                    outline.unfold(stage);
                    first = select(outline.rowOf(stage, id), first);
                }
            }
            if (cards.isEmpty() && stageId != null) {
                first = select(outline.rowOf(stageId, null), first);
            }
            if (first >= 0) {
                table.getFocusModel().focus(first, titleColumn);
                table.scrollTo(first);
            }
        } finally {
            mirroring = false;
        }
    }

    private int select(int row, int first) {
        if (row >= 0) {
            table.getSelectionModel().select(row, titleColumn);
        }
        return first >= 0 ? first : row;
    }

    private Set<Row> wanted(List<String> cards, String stageId) {
        Set<Row> rows = new LinkedHashSet<>();
        for (String id : cards) {
            session.map().touchpoint(id).ifPresent(t -> rows.add(new Row(t.stageId(), id)));
        }
        if (cards.isEmpty() && stageId != null) {
            rows.add(new Row(stageId, null));
        }
        return rows;
    }

    private Set<Row> selectedRows() {
        Set<Row> rows = new LinkedHashSet<>();
        for (TreeItem<Row> item : table.getSelectionModel().getSelectedItems()) {
            if (item != null) {
                rows.add(item.getValue());
            }
        }
        return rows;
    }

    /** The rows picked in the outline become the editor's selection: its cards, else the one stage. */
    private void pick() {
        if (mirroring) {
            return;
        }
        Set<Row> rows = selectedRows();
        List<String> cards = rows.stream().filter(r -> !r.isStage()).map(Row::touchpointId).distinct().toList();
        mirroring = true;
        try {
            if (!cards.isEmpty()) {
                session.selection().selectTouchpoints(cards);
            } else if (!rows.isEmpty()) {
                session.selection().selectStage(rows.iterator().next().stageId());
            }
        } finally {
            mirroring = false;
        }
    }

    /** One edit of a cell, one step of the editor's history; a refusal shows below the table. */
    private void apply(Supplier<MapCommand> command, boolean rating) {
        FieldEdits.Feedback feedback = new FieldEdits.Feedback() {
            @Override
            public void show(String problem) {
                message.setText(problem);
            }

            @Override
            public void clear() {
                message.setText("");
            }
        };
        Runnable edit = () -> {
            try {
                edits.step(command.get(), feedback);
            } catch (IllegalArgumentException refused) {
                feedback.show(refused.getMessage());
            }
        };
        if (rating) {
            session.ratingOrigins().typedByHand(edit);
        } else {
            edit.run();
        }
    }

    /** Undo and redo from the outline's window, as the editor's shortcuts do there; Esc closes it. */
    private void windowKeys(KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
            e.consume();
            heading.getScene().getWindow().hide();
            return;
        }
        if (!e.isShortcutDown()) {
            return;
        }
        if (e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            history.undo();
        } else if (e.getCode() == KeyCode.Y || e.getCode() == KeyCode.Z) {
            history.redo();
        } else {
            return;
        }
        e.consume();
    }
}
