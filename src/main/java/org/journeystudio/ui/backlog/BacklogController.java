package org.journeystudio.ui.backlog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.journeystudio.editing.Backlog;
import org.journeystudio.editing.BacklogInput;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.OpportunityStatus;
import org.journeystudio.model.PriorityRule;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.library.OpportunityDeletion;
import org.journeystudio.ui.session.EditorSession;

/**
 * The backlog table over the open map: sortable and filterable, grouped by stage or owner, each cell edited in place
 * as one undo step of the map. The rows come from {@link Backlog}; this view only shows them and sends the edits.
 */
public final class BacklogController {
    private static final PseudoClass GROUP_START = PseudoClass.getPseudoClass("group-start");
    private final String allStatuses = Messages.text("backlog.allStatuses");

    private final EditorSession session;
    private final PriorityRule rule = PriorityRule.DEFAULT;
    private final ChangeListener<JourneyMap> follow = (o, was, now) -> refresh();
    private Backlog.Query query = Backlog.Query.DEFAULT;

    @FXML private TableView<Backlog.Row> table;
    @FXML private TableColumn<Backlog.Row, String> groupColumn;
    @FXML private TableColumn<Backlog.Row, String> titleColumn;
    @FXML private TableColumn<Backlog.Row, String> ownerColumn;
    @FXML private TableColumn<Backlog.Row, String> statusColumn;
    @FXML private TableColumn<Backlog.Row, String> dueColumn;
    @FXML private TableColumn<Backlog.Row, String> effortColumn;
    @FXML private TableColumn<Backlog.Row, String> customerColumn;
    @FXML private TableColumn<Backlog.Row, String> businessColumn;
    @FXML private TableColumn<Backlog.Row, String> priorityColumn;
    @FXML private TableColumn<Backlog.Row, String> stagesColumn;
    @FXML private TextField filterField;
    @FXML private ChoiceBox<String> statusChoice;
    @FXML private ChoiceBox<Backlog.Grouping> groupChoice;
    @FXML private Label message;
    @FXML private Button deleteButton;

    public BacklogController(EditorSession session) {
        this.session = session;
    }

    /** Opens the backlog in a window of its own beside {@code owner}; it follows the map until closed. */
    public static Stage open(EditorSession session, Window owner) {
        BacklogController controller = new BacklogController(session);
        return Views.showBeside(owner, Messages.text("backlog.windowTitle", session.map().title()),
                controller.load(), controller::detach);
    }

    /** Loads the view (FXML beside this class) and shows the session's map. */
    public Parent load() {
        Parent view = Views.load(this);
        session.mapProperty().addListener(follow);
        refresh();
        return view;
    }

    public void detach() {
        session.mapProperty().removeListener(follow);
    }

    @FXML
    private void initialize() {
        groupColumn.setCellValueFactory(c -> text(c.getValue().group()));
        editable(titleColumn, r -> r.opportunity().title(), BacklogInput.Field.TITLE);
        editable(ownerColumn, r -> r.opportunity().owner(), BacklogInput.Field.OWNER);
        editable(statusColumn, r -> ModelWords.status(r.opportunity().status()), BacklogInput.Field.STATUS);
        editable(dueColumn, r -> r.opportunity().due() == null ? "" : r.opportunity().due().toString(),
                BacklogInput.Field.DUE);
        editable(effortColumn, r -> rating(r.opportunity().effort()), BacklogInput.Field.EFFORT);
        editable(customerColumn, r -> rating(r.opportunity().customerValue()), BacklogInput.Field.CUSTOMER_VALUE);
        editable(businessColumn, r -> rating(r.opportunity().businessValue()), BacklogInput.Field.BUSINESS_VALUE);
        priorityColumn.setCellValueFactory(c -> text(c.getValue().priority() == null ? ""
                : Messages.number(c.getValue().priority(), 2)));
        Label priorityHeader = new Label(Messages.text("backlog.priority"));
        priorityHeader.setMinWidth(Region.USE_PREF_SIZE);
        priorityHeader.setTooltip(new Tooltip(rule.describe()));
        priorityColumn.setText(null);
        priorityColumn.setGraphic(priorityHeader);
        stagesColumn.setCellValueFactory(c -> text(String.join(", ", c.getValue().stages())));
        // Sorting is Backlog's: a header click sets the query, which sorts within the groups.
        Map<TableColumn<Backlog.Row, String>, Backlog.Column> sortable = Map.of(titleColumn, Backlog.Column.TITLE,
                ownerColumn, Backlog.Column.OWNER, statusColumn, Backlog.Column.STATUS, dueColumn, Backlog.Column.DUE,
                effortColumn, Backlog.Column.EFFORT, customerColumn, Backlog.Column.CUSTOMER_VALUE, businessColumn,
                Backlog.Column.BUSINESS_VALUE, priorityColumn, Backlog.Column.PRIORITY);
        table.setSortPolicy(t -> {
            if (!t.getSortOrder().isEmpty()) {
                TableColumn<Backlog.Row, ?> first = t.getSortOrder().get(0);
                query = query.sortedBy(sortable.get(first), first.getSortType() == TableColumn.SortType.DESCENDING);
            }
            refresh();
            return true;
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Backlog.Row row, boolean empty) {
                super.updateItem(row, empty);
                int index = getIndex();
                boolean start = !empty && row != null && !row.group().isEmpty() && index > 0
                        && index < table.getItems().size() && !table.getItems().get(index - 1).group().equals(row.group());
                pseudoClassStateChanged(GROUP_START, start);
            }
        });
        statusChoice.getItems().add(allStatuses);
        for (OpportunityStatus status : OpportunityStatus.values()) {
            statusChoice.getItems().add(ModelWords.status(status));
        }
        statusChoice.setValue(allStatuses);
        groupChoice.getItems().setAll(Backlog.Grouping.values());
        groupChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Backlog.Grouping grouping) {
                return grouping == null ? "" : switch (grouping) {
                    case NONE -> Messages.text("backlog.noGroups");
                    case STAGE -> Messages.text("backlog.byStage");
                    case OWNER -> Messages.text("backlog.byOwner");
                };
            }

            @Override
            public Backlog.Grouping fromString(String text) {
                return Backlog.Grouping.NONE;
            }
        });
        groupChoice.setValue(Backlog.Grouping.NONE);
        groupColumn.visibleProperty().bind(groupChoice.valueProperty().isNotEqualTo(Backlog.Grouping.NONE));
        deleteButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getEditingCell() == null) {
                deleteSelected();
                e.consume();
            }
        });
        filterField.textProperty().addListener((o, was, now) -> filter());
        statusChoice.valueProperty().addListener((o, was, now) -> filter());
        groupChoice.valueProperty().addListener((o, was, now) -> {
            query = query.grouped(now);
            refresh();
        });
    }

    /**
     * Deletes the selected opportunity from the action plan, with its links to every card, as one undo step. One
     * linked to several cards asks first; a shared one asks whether to delete it here or in every journey.
     */
    @FXML
    private void deleteSelected() {
        Backlog.Row row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        OpportunityDeletion.delete(table.getScene().getWindow(), session.sharedLibrary(), session.map(),
                row.opportunity(), session::runStep, message::setText);
    }

    private void filter() {
        String status = statusChoice.getValue();
        query = query.filtered(filterField.getText(),
                status == null || status.equals(allStatuses) ? null : ModelWords.statusNamed(status));
        refresh();
    }

    private void refresh() {
        List<Backlog.Row> rows = Backlog.rows(session.map(), rule, query);
        table.getItems().setAll(rows);
    }

    private void editable(TableColumn<Backlog.Row, String> column, Function<Backlog.Row, String> value,
                          BacklogInput.Field field) {
        column.setCellValueFactory(c -> text(value.apply(c.getValue())));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> {
            try {
                // A step of its own: two cells of one row edited in turn must not merge into one undo step.
                session.runStep(BacklogInput.edit(session.map(), e.getRowValue().opportunity(), field,
                        typed(field, e.getNewValue())));
                message.setText("");
            } catch (IllegalArgumentException refused) {
                message.setText(refused.getMessage());
                refresh();
            }
        });
    }

    /** A status typed in the language in use reaches the edit by its English name, which the edit reads. */
    private static String typed(BacklogInput.Field field, String text) {
        OpportunityStatus status = field == BacklogInput.Field.STATUS ? ModelWords.statusNamed(text) : null;
        return status == null ? text : status.displayName();
    }

    private static ReadOnlyObjectWrapper<String> text(String value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    private static String rating(Integer value) {
        return value == null ? "" : value.toString();
    }
}
